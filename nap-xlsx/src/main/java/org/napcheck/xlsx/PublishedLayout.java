package org.napcheck.xlsx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
      pillars.add(PillarTable.read(sheet, header.get(), pillars.size(), codes, reading));
    }
    if (pillars.isEmpty()) {
      reading.problem("", reading.say("xlsx.noPillarSheet"));
    }
    return new Parts(reading).assemble(head, actors, pillars);
  }

  /** Where a pillar's table starts, and which column is which; {@code -1} for one it lacks. */
  record Header(int row, Map<Column, Integer> columns) {
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

  private static boolean isEmpty(Sheet sheet) {
    for (Row row : sheet) {
      if (!Cells.isBlank(row)) {
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
            out.text(row, 3, Writing.lines(action.responsible(), "responsible"));
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
    return Writing.lines(items, "indicator");
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
