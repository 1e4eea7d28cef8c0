package org.napcheck.xlsx;

import static org.napcheck.xlsx.CellReader.items;
import static org.napcheck.xlsx.CellReader.text;

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
import org.napcheck.io.internal.Shapes;
import org.napcheck.model.Action;
import org.napcheck.model.Coded;
import org.napcheck.model.Indicator;
import org.napcheck.model.Measure;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.model.Theme;
import org.napcheck.xlsx.TemplateTable.Parent;

/**
 * napcheck's flat template: the sheets Plan, Actors, Pillars, Objectives, Actions and Indicators,
 * one item a row, each child naming its parent by id. Lists in a cell (responsible bodies, themes,
 * breakdowns) are one item a line, or separated by ";". It holds every field of the plan format, so
 * that a plan written to it reads back equal: each sheet's columns are the fields of its object's
 * field table ({@code Shapes}), in their order; a column's width and how its cell is read are kept
 * here, by name.
 */
final class TemplateLayout {
  static final String PILLARS = "Pillars";
  static final String OBJECTIVES = "Objectives";
  static final String ACTIONS = "Actions";
  static final String INDICATORS = "Indicators";

  static final TemplateTable<Pillar, Parts.PillarPart> PILLAR_TABLE =
      new TemplateTable<>(
          PILLARS,
          Shapes.PILLAR,
          null,
          Map.of(
              "id", column(8, text((pillar, id) -> pillar.id = id)),
              "title", column(60, text((pillar, title) -> pillar.title = title)),
              "themes",
                  column(
                      24,
                      CellReader.of(
                          (reading, cell) -> codes(reading, cell, Theme.class),
                          (pillar, themes) -> pillar.themes = themes))));

  static final TemplateTable<Objective, Parts.ObjectivePart> OBJECTIVE_TABLE =
      new TemplateTable<>(
          OBJECTIVES,
          Shapes.OBJECTIVE,
          new Parent("pillar", 8),
          Map.of(
              "id", column(10, text((objective, id) -> objective.id = id)),
              "title", column(80, text((objective, title) -> objective.title = title))));

  static final TemplateTable<Action, Parts.ActionPart> ACTION_TABLE =
      new TemplateTable<>(
          ACTIONS,
          Shapes.ACTION,
          new Parent("objective", 10),
          Map.of(
              "id", column(12, text((action, id) -> action.id = id)),
              "text", column(80, text((action, text) -> action.text = text)),
              "responsible",
                  column(30, items((action, bodies) -> action.responsible.addAll(bodies))),
              "lead", column(20, items((action, bodies) -> action.lead.addAll(bodies))),
              "deadline",
                  column(
                      12,
                      CellReader.of(
                          Reading::deadline, (action, deadline) -> action.deadline = deadline)),
              "continuous",
                  column(
                      12,
                      CellReader.of(Reading::bool, (action, value) -> action.continuous = value))));

  static final TemplateTable<Indicator, Parts.IndicatorPart> INDICATOR_TABLE =
      new TemplateTable<>(
          INDICATORS,
          Shapes.INDICATOR,
          new Parent("action", 12),
          Map.of(
              "id", column(14, text((indicator, id) -> indicator.id = id)),
              "text", column(80, text((indicator, text) -> indicator.text = text)),
              "measure",
                  column(
                      12,
                      CellReader.of(
                          (reading, cell) -> reading.coded(cell, Measure.class),
                          (indicator, measure) -> indicator.measure = measure)),
              "disaggregation",
                  column(
                      16, items((indicator, dimensions) -> indicator.disaggregation = dimensions)),
              "parity",
                  column(
                      8,
                      CellReader.of(Reading::bool, (indicator, value) -> indicator.parity = value)),
              "baseline", column(16, text((indicator, text) -> indicator.baseline = text)),
              "target", column(16, text((indicator, text) -> indicator.target = text))));

  private TemplateLayout() {}

  private static <P extends Parts.Placed> TemplateTable.Column<P> column(
      int width, CellReader<P> reader) {
    return new TemplateTable.Column<>(width, reader);
  }

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
        PILLAR_TABLE,
        row -> {
          Parts.PillarPart pillar = PILLAR_TABLE.read(row, new Parts.PillarPart());
          pillars.add(pillar);
          index(pillarsById, pillar.id, pillar);
        });
    var objectivesById = new LinkedHashMap<String, Parts.ObjectivePart>();
    rows(
        workbook,
        reading,
        OBJECTIVE_TABLE,
        row -> {
          Optional<Parts.PillarPart> pillar = parent(row, "pillar", pillarsById, PILLARS);
          Parts.ObjectivePart objective = OBJECTIVE_TABLE.read(row, new Parts.ObjectivePart());
          pillar.ifPresent(found -> found.objectives.add(objective));
          index(objectivesById, objective.id, objective);
        });
    var actionsById = new LinkedHashMap<String, Parts.ActionPart>();
    rows(
        workbook,
        reading,
        ACTION_TABLE,
        row -> {
          Optional<Parts.ObjectivePart> objective =
              parent(row, "objective", objectivesById, OBJECTIVES);
          Parts.ActionPart action = ACTION_TABLE.read(row, new Parts.ActionPart());
          objective.ifPresent(found -> found.actions.add(action));
          index(actionsById, action.id, action);
        });
    rows(
        workbook,
        reading,
        INDICATOR_TABLE,
        row -> {
          Optional<Parts.ActionPart> action = parent(row, "action", actionsById, ACTIONS);
          Parts.IndicatorPart indicator = INDICATOR_TABLE.read(row, new Parts.IndicatorPart());
          action.ifPresent(found -> found.indicators.add(indicator));
        });

    return new Parts(reading).assemble(head, actors, pillars);
  }

  /** Reads every row below the header of a sheet that must be there. */
  private static void rows(
      Workbook workbook, Reading reading, TemplateTable<?, ?> table, Consumer<TableRow> rowReader) {
    Optional<Sheet> found = PlanSheets.sheet(workbook, table.sheet());
    if (found.isEmpty()) {
      reading.problem(
          "",
          reading.say(
              "xlsx.noSheet",
              reading.words().name(table.sheet()),
              reading.words().name(PILLARS),
              reading.words().verbatim(String.join(", ", table.names()))));
      return;
    }
    Sheet sheet = found.get();
    Map<String, Integer> columns = reading.header(sheet, table.names(), table.required());
    if (!columns.keySet().containsAll(table.required())) {
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

  static byte[] write(Plan plan) {
    try (var out = new Writing()) {
      PlanSheets.writePlan(out, plan);
      PlanSheets.writeActors(out, plan);
      Sheet pillars = PILLAR_TABLE.create(out);
      Sheet objectives = OBJECTIVE_TABLE.create(out);
      Sheet actions = ACTION_TABLE.create(out);
      Sheet indicators = INDICATOR_TABLE.create(out);
      for (Pillar pillar : plan.pillars()) {
        PILLAR_TABLE.write(out, next(pillars), null, pillar);
        for (Objective objective : pillar.objectives()) {
          OBJECTIVE_TABLE.write(out, next(objectives), pillar.id(), objective);
          for (Action action : objective.actions()) {
            ACTION_TABLE.write(out, next(actions), objective.id(), action);
            for (Indicator indicator : action.indicators()) {
              INDICATOR_TABLE.write(out, next(indicators), action.id(), indicator);
            }
          }
        }
      }
      PILLAR_TABLE.finish(pillars);
      OBJECTIVE_TABLE.finish(objectives);
      ACTION_TABLE.finish(actions);
      INDICATOR_TABLE.finish(indicators);
      return out.bytes();
    }
  }

  /** A new row below the last of {@code sheet}. */
  private static Row next(Sheet sheet) {
    return sheet.createRow(sheet.getLastRowNum() + 1);
  }
}
