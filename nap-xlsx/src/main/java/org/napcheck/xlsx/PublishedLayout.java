package org.napcheck.xlsx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.napcheck.io.NapFormatException;
import org.napcheck.model.Action;
import org.napcheck.model.Deadline;
import org.napcheck.model.Indicator;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;

/**
 * Plans laid out like the tables of a published plan: one sheet per pillar, its title above a
 * header row {@code Objectives | Actions | Indicators | Relevant ministries} (and optionally {@code
 * Deadline}), one row per action. An objective is written on its first action's row (the cells
 * below it may be blank or merged with it); indicators are separated by line breaks or ";",
 * ministries by line breaks, "," or ";". The sheets Plan and Actors of the template give what the
 * tables do not: the plan's id, country, title and period, and its list of bodies.
 */
final class PublishedLayout {
  /** How far down a sheet its header row may be. */
  private static final int HEADER_SEARCH_ROWS = 20;

  private static final Pattern PILLAR_HEADING =
      Pattern.compile(
          "(?:(?i:pillar|pilier)\\s+)?([IVXLC]+|\\d+)\\s*[.):\\u2013-]\\s*(\\S.*)", Pattern.DOTALL);
  private static final Pattern OBJECTIVE_ID =
      Pattern.compile("(\\d+(?:\\.[A-Za-z0-9]+)+)\\.?\\s+(\\S.*)", Pattern.DOTALL);
  private static final Pattern BULLET = Pattern.compile("^[•·▪◦*\\u2013-]\\s+");
  private static final Pattern MINISTRY_SEPARATORS = Pattern.compile("\\R|[,;]");

  enum Column {
    OBJECTIVES("Objectives"),
    ACTIONS("Actions"),
    INDICATORS("Indicators"),
    MINISTRIES("Relevant ministries and administrations"),
    DEADLINE("Deadline");

    final String heading;

    Column(String heading) {
      this.heading = heading;
    }

    /** The column a heading names, in English or French; empty for any other column. */
    static Optional<Column> of(String heading) {
      String text = heading.strip().toLowerCase(Locale.ROOT);
      if (text.startsWith("objecti")) {
        return Optional.of(OBJECTIVES);
      }
      if (text.startsWith("action")) {
        return Optional.of(ACTIONS);
      }
      if (text.startsWith("indica")) {
        return Optional.of(INDICATORS);
      }
      if (text.contains("minist")
          || text.startsWith("relevant")
          || text.startsWith("responsib")
          || text.startsWith("responsa")
          || text.startsWith("lead")) {
        return Optional.of(MINISTRIES);
      }
      if (text.startsWith("deadline")
          || text.startsWith("timeline")
          || text.startsWith("échéan")
          || text.startsWith("echean")
          || text.startsWith("calendrier")) {
        return Optional.of(DEADLINE);
      }
      return Optional.empty();
    }
  }

  private PublishedLayout() {}

  static Plan read(Workbook workbook, Reading reading) throws NapFormatException {
    Parts.Head head = PlanSheets.readPlan(workbook, reading);
    List<Parts.ActorPart> actors = PlanSheets.readActors(workbook, reading);
    Set<String> codes = new HashSet<>();
    actors.forEach(actor -> codes.add(actor.code));

    var pillars = new ArrayList<Parts.PillarPart>();
    for (Sheet sheet : workbook) {
      String name = sheet.getSheetName();
      int index = workbook.getSheetIndex(sheet);
      if (name.equalsIgnoreCase(PlanSheets.PLAN)
          || name.equalsIgnoreCase(PlanSheets.ACTORS)
          // Lists for drop-downs, notes for the drafters: what people hide is not the plan.
          || workbook.isSheetHidden(index)
          || workbook.isSheetVeryHidden(index)) {
        continue;
      }
      Optional<Header> header = headerRow(sheet, reading);
      if (header.isEmpty()) {
        if (!isEmpty(sheet)) {
          reading.problem(name + "!A1", reading.say("xlsx.noPillarHeader", HEADER_SEARCH_ROWS));
        }
        continue;
      }
      pillars.add(pillar(sheet, header.get(), pillars.size(), codes, reading));
    }
    if (pillars.isEmpty()) {
      reading.problem("", reading.say("xlsx.noPillarSheet"));
    }
    return new Parts(reading).assemble(head, actors, pillars);
  }

  /** Where a pillar's table starts, and which column is which; {@code -1} for one it lacks. */
  private record Header(int row, Map<Column, Integer> columns) {
    int column(Column column) {
      return columns.getOrDefault(column, -1);
    }
  }

  private static Optional<Header> headerRow(Sheet sheet, Reading reading) {
    int first = Math.max(0, sheet.getFirstRowNum());
    for (int r = first; r < first + HEADER_SEARCH_ROWS && r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      var columns = new EnumMap<Column, Integer>(Column.class);
      for (Cell cell : row) {
        Object value = reading.raw(cell);
        if (value instanceof String text) {
          Column.of(text).ifPresent(column -> columns.putIfAbsent(column, cell.getColumnIndex()));
        }
      }
      if (columns.containsKey(Column.OBJECTIVES)
          && columns.containsKey(Column.ACTIONS)
          && columns.containsKey(Column.INDICATORS)) {
        return Optional.of(new Header(r, columns));
      }
    }
    return Optional.empty();
  }

  private static Parts.PillarPart pillar(
      Sheet sheet, Header header, int index, Set<String> codes, Reading reading) {
    int headerRow = header.row();
    var pillar = new Parts.PillarPart();
    pillar.where = Reading.ref(sheet, headerRow, 0);
    headingOf(sheet, headerRow, reading, pillar, index);

    Parts.ObjectivePart objective = null;
    Parts.ActionPart action = null;
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (Reading.isBlank(row)) {
        continue;
      }
      int objectiveColumn = header.column(Column.OBJECTIVES);
      int actionColumn = header.column(Column.ACTIONS);
      String objectiveText = reading.text(row.getCell(objectiveColumn));
      String actionText = reading.text(row.getCell(actionColumn));
      if (objectiveText != null) {
        objective = objective(pillar, objectiveText, Reading.ref(sheet, r, objectiveColumn));
        action = null;
      }
      if (actionText != null) {
        if (objective == null) {
          reading.problem(Reading.ref(sheet, r, objectiveColumn), reading.say("xlsx.actionFirst"));
          continue;
        }
        action = action(objective, actionText, Reading.ref(sheet, r, actionColumn));
      } else if (action == null && hasDetails(row, header, reading)) {
        reading.problem(Reading.ref(sheet, r, actionColumn), reading.say("xlsx.noAction"));
        continue;
      }
      if (action != null) {
        details(row, header, action, codes, reading);
      }
    }
    return pillar;
  }

  /** The pillar's id and title: from the heading above the table, else from the sheet's name. */
  private static void headingOf(
      Sheet sheet, int headerRow, Reading reading, Parts.PillarPart pillar, int index) {
    String heading = null;
    String where = null;
    for (int r = Math.max(0, sheet.getFirstRowNum()); r < headerRow && heading == null; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (Cell cell : row) {
        String text = reading.text(cell);
        if (text != null) {
          heading = text;
          where = Reading.ref(cell);
          break;
        }
      }
    }
    if (heading == null) {
      heading = sheet.getSheetName();
      where = sheet.getSheetName() + "!A1";
    }
    Matcher matcher = PILLAR_HEADING.matcher(heading);
    if (matcher.matches()) {
      pillar.id = matcher.group(1);
      pillar.title = matcher.group(2).strip();
    } else {
      pillar.id = Numerals.roman(index + 1);
      pillar.title = heading;
    }
    pillar.at("id", where);
    pillar.at("title", where);
  }

  private static Parts.ObjectivePart objective(Parts.PillarPart pillar, String text, String where) {
    var objective = new Parts.ObjectivePart();
    objective.where = where;
    Matcher matcher = OBJECTIVE_ID.matcher(text);
    if (matcher.matches()) {
      objective.id = matcher.group(1);
      objective.title = matcher.group(2).strip();
    } else {
      objective.id =
          Numerals.arabic(pillar.id).orElse(0)
              + "."
              + Numerals.letters(pillar.objectives.size() + 1);
      objective.title = text;
    }
    objective.at("id", where);
    objective.at("title", where);
    pillar.objectives.add(objective);
    return objective;
  }

  private static Parts.ActionPart action(Parts.ObjectivePart objective, String text, String where) {
    var action = new Parts.ActionPart();
    action.where = where;
    String body = BULLET.matcher(text).replaceFirst("");
    String prefix = objective.id + ".";
    int space = firstSpace(body);
    if (body.startsWith(prefix) && space > prefix.length()) {
      action.id = body.substring(0, space);
      body = body.substring(space).strip();
    } else {
      action.id = prefix + (objective.actions.size() + 1);
    }
    action.text = body;
    action.at("id", where);
    action.at("text", where);
    objective.actions.add(action);
    return action;
  }

  private static void details(
      Row row, Header header, Parts.ActionPart action, Set<String> codes, Reading reading) {
    int indicatorColumn = header.column(Column.INDICATORS);
    Cell indicators = row.getCell(indicatorColumn);
    String where = Reading.ref(row.getSheet(), row.getRowNum(), indicatorColumn);
    for (String item : reading.list(indicators, Reading.LINES_OR_SEMICOLONS)) {
      var indicator = new Parts.IndicatorPart();
      indicator.where = where;
      String body = BULLET.matcher(item).replaceFirst("");
      String prefix = action.id + "-";
      int space = firstSpace(body);
      if (body.startsWith(prefix) && space > prefix.length()) {
        indicator.id = body.substring(0, space);
        body = body.substring(space).strip();
      } else {
        indicator.id = prefix + (action.indicators.size() + 1);
      }
      indicator.text = body;
      indicator.at("id", where);
      indicator.at("text", where);
      action.indicators.add(indicator);
    }
    int ministryColumn = header.column(Column.MINISTRIES);
    if (ministryColumn >= 0) {
      Cell ministries = row.getCell(ministryColumn);
      if (action.responsible.isEmpty()) {
        action.at("responsible", Reading.ref(row.getSheet(), row.getRowNum(), ministryColumn));
      }
      for (String item : reading.list(ministries, MINISTRY_SEPARATORS)) {
        action.responsible.add(
            expand(BULLET.matcher(item).replaceFirst(""), action.responsible, codes));
      }
    }
    int deadlineColumn = header.column(Column.DEADLINE);
    if (deadlineColumn >= 0) {
      Deadline deadline = reading.field(action, "deadline", row, deadlineColumn, reading::deadline);
      if (deadline != null) {
        action.deadline = deadline;
      }
    }
  }

  /**
   * A body as the plan's list of actors names it, where the table wrote it in shorthand: in "MFA
   * SG, D1", D1 is {@code MFA D1} when the list has that code; "MAINT/ Police" is {@code
   * MAINT/Police} when the list has that. Anything else is kept as written: an unknown body is for
   * the rules to find.
   */
  static String expand(String item, List<String> before, Set<String> codes) {
    if (codes.contains(item)) {
      return item;
    }
    String joined = item.replaceAll("\\s*/\\s*", "/");
    if (codes.contains(joined)) {
      return joined;
    }
    if (!before.isEmpty()) {
      String previous = before.get(before.size() - 1);
      int space = previous.indexOf(' ');
      if (space > 0) {
        String candidate = previous.substring(0, space) + " " + joined;
        if (codes.contains(candidate)) {
          return candidate;
        }
      }
    }
    return item;
  }

  private static boolean hasDetails(Row row, Header header, Reading reading) {
    for (Column column : List.of(Column.INDICATORS, Column.MINISTRIES, Column.DEADLINE)) {
      int index = header.column(column);
      if (index >= 0 && reading.raw(row.getCell(index)) != null) {
        return true;
      }
    }
    return false;
  }

  private static int firstSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isEmpty(Sheet sheet) {
    for (Row row : sheet) {
      if (!Reading.isBlank(row)) {
        return false;
      }
    }
    return true;
  }

  static byte[] write(Plan plan) {
    boolean deadlines = plan.actions().anyMatch(action -> action.deadline() != null);
    var columns = new ArrayList<String>();
    var widths = new ArrayList<Integer>();
    for (Column column : Column.values()) {
      if (column != Column.DEADLINE || deadlines) {
        columns.add(column.heading);
        widths.add(column == Column.DEADLINE ? 12 : column == Column.MINISTRIES ? 28 : 50);
      }
    }
    try (var out = new Writing()) {
      PlanSheets.writePlan(out, plan);
      PlanSheets.writeActors(out, plan);
      var names = new HashSet<String>();
      names.add(PlanSheets.PLAN.toLowerCase(Locale.ROOT));
      names.add(PlanSheets.ACTORS.toLowerCase(Locale.ROOT));
      for (Pillar pillar : plan.pillars()) {
        String heading = pillar.id() + ". " + pillar.title();
        Sheet sheet = out.workbook().createSheet(sheetName(heading, names));
        out.title(sheet, 0, heading);
        out.headerRow(sheet, 2, columns, widths);
        int r = 3;
        for (Objective objective : pillar.objectives()) {
          int first = r;
          Row row = sheet.createRow(r);
          out.text(row, 0, objective.id() + ". " + objective.title());
          for (int a = 0; a < objective.actions().size(); a++) {
            Action action = objective.actions().get(a);
            row = a == 0 ? row : sheet.createRow(r);
            boolean positional = action.id().equals(objective.id() + "." + (a + 1));
            out.text(row, 1, positional ? action.text() : action.id() + " " + action.text());
            out.text(row, 2, indicators(action));
            out.text(row, 3, TemplateLayout.lines(action.responsible(), "responsible"));
            if (deadlines && action.deadline() != null) {
              Deadline deadline = action.deadline();
              if (deadline.wholeYear()) {
                out.number(row, 4, deadline.year());
              } else {
                out.text(row, 4, deadline.date().toString());
              }
            }
            r++;
          }
          if (objective.actions().isEmpty()) {
            r++;
          } else if (r - first > 1) {
            sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
          }
        }
        Writing.filter(sheet, 2, columns.size());
      }
      return out.bytes();
    }
  }

  private static String indicators(Action action) {
    var items = new ArrayList<String>();
    for (int i = 0; i < action.indicators().size(); i++) {
      Indicator indicator = action.indicators().get(i);
      boolean positional = indicator.id().equals(action.id() + "-" + (i + 1));
      items.add(positional ? indicator.text() : indicator.id() + " " + indicator.text());
    }
    return TemplateLayout.lines(items, "indicator");
  }

  /** A sheet name Excel takes: at most 31 characters, none of {@code :\/?*[]}, unique. */
  private static String sheetName(String heading, Set<String> taken) {
    String base = WorkbookUtil.createSafeSheetName(heading, '_');
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }
}
