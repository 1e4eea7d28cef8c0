package org.napcheck.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
        row -> {
          Parts.PillarPart pillar = pillar(row);
          pillars.add(pillar);
          index(pillarsById, pillar.id, pillar);
        });
    var objectivesById = new LinkedHashMap<String, Parts.ObjectivePart>();
    rows(
        workbook,
        reading,
        OBJECTIVES,
        OBJECTIVE_COLUMNS,
        List.of("pillar", "id", "title"),
        row -> {
          Parts.ObjectivePart objective = objective(row, pillarsById);
          index(objectivesById, objective.id, objective);
        });
    var actionsById = new LinkedHashMap<String, Parts.ActionPart>();
    rows(
        workbook,
        reading,
        ACTIONS,
        ACTION_COLUMNS,
        List.of("objective", "id", "text"),
        row -> {
          Parts.ActionPart action = action(row, objectivesById);
          index(actionsById, action.id, action);
        });
    rows(
        workbook,
        reading,
        INDICATORS,
        INDICATOR_COLUMNS,
        List.of("action", "id", "text"),
        row -> indicator(row, actionsById));

    return new Parts(reading).assemble(head, actors, pillars);
  }

  /** Reads every row below the header of a sheet that must be there. */
  private static void rows(
      Workbook workbook,
      Reading reading,
      String name,
      List<String> allowed,
      List<String> required,
      Consumer<TableRow> rowReader) {
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
      if (row.getRowNum() > sheet.getFirstRowNum() && !Cells.isBlank(row)) {
        rowReader.accept(new TableRow(reading, row, columns));
      }
    }
  }

  /** Keeps the first item of each id, for the rows below that name it as their parent. */
  private static <T> void index(Map<String, T> byId, String id, T item) {
    if (id != null) {
      byId.putIfAbsent(id, item);
    }
  }

  private static Parts.PillarPart pillar(TableRow row) {
    Reading reading = row.reading();
    var pillar = new Parts.PillarPart();
    pillar.where = row.where();
    pillar.id = row.field(pillar, "id", reading::text);
    pillar.title = row.field(pillar, "title", reading::text);
    pillar.themes = listOf(row.field(pillar, "themes", cell -> codes(reading, cell, Theme.class)));
    return pillar;
  }

  /** An objective, added to the pillar it names. */
  private static Parts.ObjectivePart objective(
      TableRow row, Map<String, Parts.PillarPart> pillarsById) {
    Reading reading = row.reading();
    var objective = new Parts.ObjectivePart();
    objective.where = row.where();
    Optional<Parts.PillarPart> pillar = parent(row, "pillar", pillarsById, PILLARS);
    objective.id = row.field(objective, "id", reading::text);
    objective.title = row.field(objective, "title", reading::text);
    pillar.ifPresent(found -> found.objectives.add(objective));
    return objective;
  }

  /** An action, added to the objective it names. */
  private static Parts.ActionPart action(
      TableRow row, Map<String, Parts.ObjectivePart> objectivesById) {
    Reading reading = row.reading();
    var action = new Parts.ActionPart();
    action.where = row.where();
    Optional<Parts.ObjectivePart> objective = parent(row, "objective", objectivesById, OBJECTIVES);
    action.id = row.field(action, "id", reading::text);
    action.text = row.field(action, "text", reading::text);
    action.responsible.addAll(
        listOf(
            row.field(
                action, "responsible", cell -> reading.list(cell, Reading.LINES_OR_SEMICOLONS))));
    action.deadline = row.field(action, "deadline", reading::deadline);
    action.continuous = row.field(action, "continuous", reading::bool);
    action.lead.addAll(
        listOf(row.field(action, "lead", cell -> reading.list(cell, Reading.LINES_OR_SEMICOLONS))));
    objective.ifPresent(found -> found.actions.add(action));
    return action;
  }

  /** An indicator, added to the action it names. */
  private static void indicator(TableRow row, Map<String, Parts.ActionPart> actionsById) {
    Reading reading = row.reading();
    var indicator = new Parts.IndicatorPart();
    indicator.where = row.where();
    Optional<Parts.ActionPart> action = parent(row, "action", actionsById, ACTIONS);
    indicator.id = row.field(indicator, "id", reading::text);
    indicator.text = row.field(indicator, "text", reading::text);
    indicator.measure = row.field(indicator, "measure", cell -> reading.coded(cell, Measure.class));
    indicator.disaggregation =
        listOf(
            row.field(
                indicator,
                "disaggregation",
                cell -> reading.list(cell, Reading.LINES_OR_SEMICOLONS)));
    indicator.parity = row.field(indicator, "parity", reading::bool);
    indicator.baseline = row.field(indicator, "baseline", reading::text);
    indicator.target = row.field(indicator, "target", reading::text);
    action.ifPresent(found -> found.indicators.add(indicator));
  }

  /**
   * The item a row names as its parent in column {@code what}, or a problem at the cell that names
   * it.
   */
  private static <T> Optional<T> parent(
      TableRow row, String what, Map<String, T> byId, String sheetName) {
    Reading reading = row.reading();
    int column = row.column(what);
    String where = Reading.ref(row.row().getSheet(), row.row().getRowNum(), column);
    String id = reading.text(row.row().getCell(column));
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
