package org.napcheck.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.internal.Names;
import org.napcheck.model.Action;
import org.napcheck.model.Coded;
import org.napcheck.model.Deadline;
import org.napcheck.model.Indicator;
import org.napcheck.model.Measure;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.model.Theme;

/**
 * napcheck's flat template: the sheets Plan, Actors, Pillars, Objectives, Actions and Indicators,
 * one item a row, each child naming its parent by id. Lists in a cell (responsible bodies, themes,
 * breakdowns) are one item a line, or separated by ";". It holds every field of the plan format, so
 * that a plan written to it reads back equal.
 */
final class TemplateLayout {
  static final String PILLARS = "Pillars";
  static final String OBJECTIVES = "Objectives";
  static final String ACTIONS = "Actions";
  static final String INDICATORS = "Indicators";

  static final List<String> PILLAR_COLUMNS = List.of("id", "title", "themes");
  static final List<String> OBJECTIVE_COLUMNS = List.of("pillar", "id", "title");
  static final List<String> ACTION_COLUMNS =
      List.of("objective", "id", "text", "responsible", "deadline", "continuous", "lead");
  static final List<String> INDICATOR_COLUMNS =
      List.of("action", "id", "text", "measure", "disaggregation", "parity", "baseline", "target");

  private TemplateLayout() {}

  /** Whether a workbook is in this layout: it has the sheet Pillars. */
  static boolean isTemplate(Workbook workbook) {
    return PlanSheets.sheet(workbook, PILLARS).isPresent();
  }

  static Plan read(Workbook workbook, Reading reading) throws NapFormatException {
    Parts.Head head = PlanSheets.readPlan(workbook, reading);
    List<Parts.ActorPart> actors = PlanSheets.readActors(workbook, reading);

    var pillars = new ArrayList<Parts.PillarPart>();
    var pillarsById = new LinkedHashMap<String, Parts.PillarPart>();
    rows(
        workbook,
        reading,
        PILLARS,
        PILLAR_COLUMNS,
        List.of("id", "title"),
        (row, columns) -> {
          var pillar = new Parts.PillarPart();
          pillar.where = Reading.ref(row.getSheet(), row.getRowNum(), 0);
          pillar.id = reading.field(pillar, "id", row, columns.get("id"), reading::text);
          pillar.title = reading.field(pillar, "title", row, columns.get("title"), reading::text);
          pillar.themes =
              listOf(
                  reading.field(
                      pillar,
                      "themes",
                      row,
                      PlanSheets.column(columns, "themes"),
                      cell -> codes(reading, cell, Theme.class)));
          pillars.add(pillar);
          if (pillar.id != null) {
            pillarsById.putIfAbsent(pillar.id, pillar);
          }
        });

    var objectivesById = new LinkedHashMap<String, Parts.ObjectivePart>();
    rows(
        workbook,
        reading,
        OBJECTIVES,
        OBJECTIVE_COLUMNS,
        List.of("pillar", "id", "title"),
        (row, columns) -> {
          var objective = new Parts.ObjectivePart();
          objective.where = Reading.ref(row.getSheet(), row.getRowNum(), 0);
          Optional<Parts.PillarPart> pillar =
              parent(reading, row, columns.get("pillar"), pillarsById, "pillar", PILLARS);
          objective.id = reading.field(objective, "id", row, columns.get("id"), reading::text);
          objective.title =
              reading.field(objective, "title", row, columns.get("title"), reading::text);
          pillar.ifPresent(found -> found.objectives.add(objective));
          if (objective.id != null) {
            objectivesById.putIfAbsent(objective.id, objective);
          }
        });

    var actionsById = new LinkedHashMap<String, Parts.ActionPart>();
    rows(
        workbook,
        reading,
        ACTIONS,
        ACTION_COLUMNS,
        List.of("objective", "id", "text"),
        (row, columns) -> {
          var action = new Parts.ActionPart();
          action.where = Reading.ref(row.getSheet(), row.getRowNum(), 0);
          Optional<Parts.ObjectivePart> objective =
              parent(
                  reading, row, columns.get("objective"), objectivesById, "objective", OBJECTIVES);
          action.id = reading.field(action, "id", row, columns.get("id"), reading::text);
          action.text = reading.field(action, "text", row, columns.get("text"), reading::text);
          action.responsible.addAll(
              listOf(
                  reading.field(
                      action,
                      "responsible",
                      row,
                      PlanSheets.column(columns, "responsible"),
                      cell -> reading.list(cell, Reading.LINES_OR_SEMICOLONS))));
          action.deadline =
              reading.field(
                  action,
                  "deadline",
                  row,
                  PlanSheets.column(columns, "deadline"),
                  reading::deadline);
          action.continuous =
              reading.field(
                  action,
                  "continuous",
                  row,
                  PlanSheets.column(columns, "continuous"),
                  reading::bool);
          action.lead.addAll(
              listOf(
                  reading.field(
                      action,
                      "lead",
                      row,
                      PlanSheets.column(columns, "lead"),
                      cell -> reading.list(cell, Reading.LINES_OR_SEMICOLONS))));
          objective.ifPresent(found -> found.actions.add(action));
          if (action.id != null) {
            actionsById.putIfAbsent(action.id, action);
          }
        });

    rows(
        workbook,
        reading,
        INDICATORS,
        INDICATOR_COLUMNS,
        List.of("action", "id", "text"),
        (row, columns) -> {
          var indicator = new Parts.IndicatorPart();
          indicator.where = Reading.ref(row.getSheet(), row.getRowNum(), 0);
          Optional<Parts.ActionPart> action =
              parent(reading, row, columns.get("action"), actionsById, "action", ACTIONS);
          indicator.id = reading.field(indicator, "id", row, columns.get("id"), reading::text);
          indicator.text =
              reading.field(indicator, "text", row, columns.get("text"), reading::text);
          indicator.measure =
              reading.field(
                  indicator,
                  "measure",
                  row,
                  PlanSheets.column(columns, "measure"),
                  cell -> reading.coded(cell, Measure.class));
          indicator.disaggregation =
              listOf(
                  reading.field(
                      indicator,
                      "disaggregation",
                      row,
                      PlanSheets.column(columns, "disaggregation"),
                      cell -> reading.list(cell, Reading.LINES_OR_SEMICOLONS)));
          indicator.parity =
              reading.field(
                  indicator, "parity", row, PlanSheets.column(columns, "parity"), reading::bool);
          indicator.baseline =
              reading.field(
                  indicator,
                  "baseline",
                  row,
                  PlanSheets.column(columns, "baseline"),
                  reading::text);
          indicator.target =
              reading.field(
                  indicator, "target", row, PlanSheets.column(columns, "target"), reading::text);
          action.ifPresent(found -> found.indicators.add(indicator));
        });

    return new Parts(reading).assemble(head, actors, pillars);
  }

  /** What to do with each row of a table. */
  private interface RowReader {
    void read(Row row, Map<String, Integer> columns);
  }

  /** Reads every row below the header of a sheet that must be there. */
  private static void rows(
      Workbook workbook,
      Reading reading,
      String name,
      List<String> allowed,
      List<String> required,
      RowReader rowReader) {
    Optional<Sheet> found = PlanSheets.sheet(workbook, name);
    if (found.isEmpty()) {
      reading.problem(
          "",
          reading.say(
              "xlsx.noSheet",
              reading.words().name(name),
              reading.words().name(PILLARS),
              reading.words().verbatim(String.join(", ", allowed))));
      return;
    }
    Sheet sheet = found.get();
    Map<String, Integer> columns = reading.header(sheet, allowed, required);
    if (!columns.keySet().containsAll(required)) {
      return;
    }
    for (Row row : sheet) {
      if (row.getRowNum() > sheet.getFirstRowNum() && !Reading.isBlank(row)) {
        rowReader.read(row, columns);
      }
    }
  }

  /** The item a row names as its parent, or a problem at the cell that names it. */
  private static <T> Optional<T> parent(
      Reading reading, Row row, int column, Map<String, T> byId, String what, String sheetName) {
    String where = Reading.ref(row.getSheet(), row.getRowNum(), column);
    String id = reading.text(row.getCell(column));
    if (id == null) {
      reading.problem(where, reading.say("xlsx.noParentId", reading.say("xlsx.part." + what)));
      return Optional.empty();
    }
    T found = byId.get(id);
    if (found == null) {
      reading.problem(
          where,
          Names.closest(id, byId.keySet())
              .map(
                  closest ->
                      reading.say(
                          "xlsx.noIdClosest." + what,
                          reading.words().name(id),
                          reading.words().verbatim(sheetName),
                          reading.words().name(closest)))
              .orElseGet(
                  () ->
                      reading.say(
                          "xlsx.noId." + what,
                          reading.words().name(id),
                          reading.words().verbatim(sheetName))));
    }
    return Optional.ofNullable(found);
  }

  private static <E extends Enum<E> & Coded> List<E> codes(
      Reading reading, org.apache.poi.ss.usermodel.Cell cell, Class<E> type) {
    var codes = new ArrayList<E>();
    if (cell == null) {
      return codes;
    }
    for (String item : reading.list(cell, Reading.LINES_OR_SEMICOLONS)) {
      E code = reading.coded(item, type, Reading.ref(cell));
      if (code != null) {
        codes.add(code);
      }
    }
    return codes;
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list;
  }

  static byte[] write(Plan plan) {
    try (var out = new Writing()) {
      PlanSheets.writePlan(out, plan);
      PlanSheets.writeActors(out, plan);
      Sheet pillars = out.table(PILLARS, PILLAR_COLUMNS, List.of(8, 60, 24));
      Sheet objectives = out.table(OBJECTIVES, OBJECTIVE_COLUMNS, List.of(8, 10, 80));
      Sheet actions = out.table(ACTIONS, ACTION_COLUMNS, List.of(10, 12, 80, 30, 12, 12, 20));
      Sheet indicators =
          out.table(INDICATORS, INDICATOR_COLUMNS, List.of(12, 14, 80, 12, 16, 8, 16, 16));
      int p = 1;
      int o = 1;
      int a = 1;
      int i = 1;
      for (Pillar pillar : plan.pillars()) {
        Row row = pillars.createRow(p++);
        out.text(row, 0, pillar.id());
        out.text(row, 1, pillar.title());
        out.text(row, 2, lines(pillar.themes().stream().map(Coded::code).toList(), "themes"));
        for (Objective objective : pillar.objectives()) {
          row = objectives.createRow(o++);
          out.text(row, 0, pillar.id());
          out.text(row, 1, objective.id());
          out.text(row, 2, objective.title());
          for (Action action : objective.actions()) {
            row = actions.createRow(a++);
            out.text(row, 0, objective.id());
            out.text(row, 1, action.id());
            out.text(row, 2, action.text());
            out.text(row, 3, lines(action.responsible(), "responsible"));
            Deadline deadline = action.deadline();
            if (deadline != null && deadline.wholeYear()) {
              out.number(row, 4, deadline.year());
            } else if (deadline != null) {
              out.text(row, 4, deadline.date().toString());
            }
            out.bool(row, 5, action.continuous());
            out.text(row, 6, lines(action.lead(), "lead"));
            for (Indicator indicator : action.indicators()) {
              row = indicators.createRow(i++);
              out.text(row, 0, action.id());
              out.text(row, 1, indicator.id());
              out.text(row, 2, indicator.text());
              out.text(row, 3, indicator.measure() == null ? null : indicator.measure().code());
              out.text(row, 4, lines(indicator.disaggregation(), "disaggregation"));
              out.bool(row, 5, indicator.parity());
              out.text(row, 6, indicator.baseline());
              out.text(row, 7, indicator.target());
            }
          }
        }
      }
      Writing.filter(pillars, 0, PILLAR_COLUMNS.size());
      Writing.filter(objectives, 0, OBJECTIVE_COLUMNS.size());
      Writing.filter(actions, 0, ACTION_COLUMNS.size());
      Writing.filter(indicators, 0, INDICATOR_COLUMNS.size());
      return out.bytes();
    }
  }

  /**
   * One item a line; {@code null} for none.
   *
   * @throws IllegalArgumentException for an item that would read back as two
   */
  static String lines(List<String> items, String what) {
    if (items.isEmpty()) {
      return null;
    }
    for (String item : items) {
      if (Reading.LINES_OR_SEMICOLONS.matcher(item).find() || !item.equals(item.strip())) {
        throw new IllegalArgumentException(
            "cannot write the "
                + what
                + " item \""
                + item
                + "\" to a spreadsheet cell: it holds a line break or \";\", or starts or ends"
                + " with a space, and would not read back the same");
      }
    }
    return String.join("\n", items);
  }
}
