package org.napcheck.xlsx;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.napcheck.model.Deadline;
import org.napcheck.xlsx.PublishedLayout.Column;
import org.napcheck.xlsx.PublishedLayout.Header;

/**
 * One pillar's table in a published plan, read into parts: the pillar from the heading above the
 * table, then a row per action, under the objective last named in its column. Ids are taken where
 * the text starts with one ({@code 1.a}, {@code 1.a.2}, {@code 1.a.2-1}) and numbered by position
 * where it does not.
 */
final class PillarTable {
  private static final Pattern PILLAR_HEADING =
      Pattern.compile(
          "(?:(?i:pillar|pilier)\\s+)?([IVXLC]+|\\d+)\\s*[.):\\u2013-]\\s*(\\S.*)", Pattern.DOTALL);
  private static final Pattern OBJECTIVE_ID =
      Pattern.compile("(\\d+(?:\\.[A-Za-z0-9]+)+)\\.?\\s+(\\S.*)", Pattern.DOTALL);
  private static final Pattern BULLET = Pattern.compile("^[•·▪◦*\\u2013-]\\s+");
  private static final Pattern MINISTRY_SEPARATORS = Pattern.compile("\\R|[,;]");

  private PillarTable() {}

  /**
   * The pillar whose table has its header at {@code header}; {@code index} is the pillar's place
   * among the plan's, for a heading with no number, and {@code codes} the plan's list of bodies.
   */
  static Parts.PillarPart read(
      Sheet sheet, Header header, int index, Set<String> codes, Reading reading) {
    int headerRow = header.row();
    var pillar = new Parts.PillarPart();
    pillar.where = Reading.ref(sheet, headerRow, 0);
    headingOf(sheet, headerRow, reading, pillar, index);

    Parts.ObjectivePart objective = null;
    Parts.ActionPart action = null;
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (Cells.isBlank(row)) {
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
    Numbered numbered = Numbered.of(text, objective.id + ".", objective.actions.size() + 1);
    action.id = numbered.id();
    action.text = numbered.text();
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
      Numbered numbered = Numbered.of(item, action.id + "-", action.indicators.size() + 1);
      indicator.id = numbered.id();
      indicator.text = numbered.text();
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

  /** An item of a list in the table, its bullet taken off, and its id. */
  private record Numbered(String id, String text) {
    /**
     * The id the item starts with, when that id extends {@code prefix}; else {@code prefix} and the
     * item's position.
     */
    static Numbered of(String item, String prefix, int position) {
      String body = BULLET.matcher(item).replaceFirst("");
      int space = firstSpace(body);
      if (body.startsWith(prefix) && space > prefix.length()) {
        return new Numbered(body.substring(0, space), body.substring(space).strip());
      }
      return new Numbered(prefix + position, body);
    }
  }

  private static int firstSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
