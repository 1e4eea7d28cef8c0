package org.napcheck.xlsx;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.napcheck.model.Actor;
import org.napcheck.model.Budget;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Plan;

/**
 * The two sheets both layouts share: {@code Plan} (one field a row: what the cover page of a plan
 * says) and {@code Actors} (the plan's own list of responsible bodies).
 */
final class PlanSheets {
  static final String PLAN = "Plan";
  static final String ACTORS = "Actors";
  static final List<String> ACTOR_COLUMNS = List.of("code", "name", "parent");

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  /** A field of the Plan sheet: how it is read into the head, and what to write beside it. */
  private record Field(String name, String note, boolean required, BiConsumer<Row, Read> read) {}

  /** Reading one row's value of the Plan sheet into the head. */
  private record Read(Reading reading, Parts.Head head) {}

  /** The fields in the order the template writes them. */
  private static final Map<String, Field> FIELDS = fields();

  /** The names of the Plan sheet's fields, in the order the template writes them. */
  static List<String> fieldNames() {
    return List.copyOf(FIELDS.keySet());
  }

  private static Map<String, Field> fields() {
    var fields = new LinkedHashMap<String, Field>();
    Stream.of(planFields(), monitoringFields(), budgetFields())
        .flatMap(List::stream)
        .forEach(field -> fields.put(field.name(), field));
    return Collections.unmodifiableMap(fields);
  }

  /** The format's version, then what the cover of a plan says. */
  private static List<Field> planFields() {
    return List.of(
        new Field("napcheck", "format version: 1", false, (row, in) -> version(row, in.reading())),
        field(
            "id",
            "the plan's identifier, e.g. LU-WPS-2",
            true,
            Reading::text,
            (head, value) -> head.id = value),
        field(
            "country",
            "ISO 3166-1 alpha-2 code, e.g. LU",
            true,
            Reading::text,
            (head, value) -> head.country = value),
        field("title", "as published", true, Reading::text, (head, value) -> head.title = value),
        field(
            "period.start",
            "first year of the plan",
            true,
            Reading::year,
            (head, value) -> head.start = value),
        field(
            "period.end",
            "last year of the plan (included)",
            true,
            Reading::year,
            (head, value) -> head.end = value),
        field(
            "language",
            "ISO 639 code of the plan's texts, e.g. en",
            false,
            Reading::text,
            (head, value) -> head.language = value));
  }

  private static List<Field> monitoringFields() {
    return List.of(
        field(
            "monitoring.frequency",
            "e.g. annual",
            false,
            Reading::text,
            (head, value) -> head.frequency = value),
        field(
            "monitoring.reportDue",
            "MM-DD: the report for year Y is due on this day of Y+1",
            false,
            Reading::monthDay,
            (head, value) -> head.reportDue = value),
        field(
            "monitoring.coordinator",
            "code of the body that coordinates monitoring",
            false,
            Reading::text,
            (head, value) -> head.coordinator = value),
        field(
            "monitoring.civilSociety",
            "TRUE when civil society has a role in monitoring",
            false,
            Reading::bool,
            (head, value) -> head.civilSociety = value));
  }

  private static List<Field> budgetFields() {
    return List.of(
        field(
            "budget.amount",
            "the plan's budget, a number",
            false,
            Reading::decimal,
            (head, value) -> head.amount = value),
        field(
            "budget.currency",
            "ISO 4217 code, e.g. EUR",
            false,
            Reading::text,
            (head, value) -> head.currency = value),
        field(
            "budget.text",
            "what the plan says of its budget",
            false,
            Reading::text,
            (head, value) -> head.budgetText = value));
  }

  private PlanSheets() {}

  /**
   * A field whose value, in the row's second cell, is read {@code how} and given to the head by
   * {@code into}; the cell is remembered, for problems found later.
   */
  private static <T> Field field(
      String name,
      String note,
      boolean required,
      BiFunction<Reading, Cell, T> how,
      BiConsumer<Parts.Head, T> into) {
    return new Field(
        name,
        note,
        required,
        (row, in) ->
            into.accept(
                in.head(),
                in.reading()
                    .field(in.head(), name, row, 1, cell -> how.apply(in.reading(), cell))));
  }

  private static void version(Row row, Reading reading) {
    String version = reading.text(row.getCell(1));
    if (version != null && !version.equals("1")) {
      reading.problem(
          Reading.ref(row.getSheet(), row.getRowNum(), 1),
          reading.say("xlsx.version", reading.words().verbatim(version)));
    }
  }

  /** The sheet named {@code name}, whatever its letter case. */
  static Optional<Sheet> sheet(Workbook workbook, String name) {
    for (Sheet sheet : workbook) {
      if (sheet.getSheetName().equalsIgnoreCase(name)) {
        return Optional.of(sheet);
      }
    }
    return Optional.empty();
  }

  static Parts.Head readPlan(Workbook workbook, Reading reading) {
    var head = new Parts.Head();
    head.where = PLAN;
    Optional<Sheet> found = sheet(workbook, PLAN);
    if (found.isEmpty()) {
      reading.problem("", reading.say("xlsx.noPlanSheet", reading.words().name(PLAN)));
      head.broken.addAll(List.of("id", "country", "title", "period"));
      return head;
    }
    Sheet sheet = found.get();
    head.where = sheet.getSheetName() + "!A1";
    Set<String> seen = new HashSet<>();
    for (Row row : sheet) {
      String name = reading.text(row.getCell(0));
      if (name == null
          || (row.getRowNum() == sheet.getFirstRowNum() && name.equalsIgnoreCase("field"))) {
        continue;
      }
      String where = Reading.ref(sheet, row.getRowNum(), 0);
      Optional<Field> field =
          FIELDS.values().stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
      if (field.isEmpty()) {
        reading.problem(where, reading.unknown("field.unknown", name, FIELDS.keySet()));
      } else if (!seen.add(field.get().name())) {
        reading.problem(
            where, reading.say("xlsx.fieldTwice", reading.words().name(field.get().name())));
      } else {
        field.get().read().accept(row, new Read(reading, head));
      }
    }
    for (Field field : FIELDS.values()) {
      if (field.required() && !seen.contains(field.name())) {
        reading.problem(
            sheet.getSheetName() + "!A" + (sheet.getLastRowNum() + 2),
            reading.say("field.missing", reading.words().name(field.name())));
        head.broken.add(field.name().startsWith("period.") ? "period" : field.name());
      }
    }
    return head;
  }

  static List<Parts.ActorPart> readActors(Workbook workbook, Reading reading) {
    Optional<Sheet> found = sheet(workbook, ACTORS);
    var actors = new ArrayList<Parts.ActorPart>();
    if (found.isEmpty()) {
      return actors;
    }
    Sheet sheet = found.get();
    Map<String, Integer> columns = reading.header(sheet, ACTOR_COLUMNS, List.of("code"));
    for (Row row : sheet) {
      if (row.getRowNum() <= sheet.getFirstRowNum() || Cells.isBlank(row)) {
        continue;
      }
      var cells = new TableRow(reading, row, columns);
      var actor = new Parts.ActorPart();
      actor.where = cells.where();
      actor.code = cells.field(actor, "code", reading::text);
      actor.name = cells.field(actor, "name", reading::text);
      actor.parent = cells.field(actor, "parent", reading::text);
      actors.add(actor);
    }
    return actors;
  }

  static void writePlan(Writing out, Plan plan) {
    Sheet sheet = out.table(PLAN, List.of("field", "value", "note"), List.of(26, 60, 50));
    Optional<MonitoringSetup> monitoring = plan.monitoringSetup();
    Optional<Budget> budget = plan.statedBudget();
    int r = 1;
    for (Field field : FIELDS.values()) {
      Row row = sheet.createRow(r++);
      out.text(row, 0, field.name());
      switch (field.name()) {
        case "napcheck" -> out.number(row, 1, 1);
        case "id" -> out.text(row, 1, plan.id());
        case "country" -> out.text(row, 1, plan.country());
        case "title" -> out.text(row, 1, plan.title());
        case "period.start" ->
            out.number(row, 1, plan.period() == null ? null : plan.period().start());
        case "period.end" -> out.number(row, 1, plan.period() == null ? null : plan.period().end());
        case "language" -> out.text(row, 1, plan.language());
        case "monitoring.frequency" ->
            out.text(row, 1, monitoring.map(MonitoringSetup::frequency).orElse(null));
        case "monitoring.reportDue" ->
            out.text(
                row,
                1,
                monitoring
                    .map(MonitoringSetup::reportDue)
                    .map(day -> day.format(MONTH_DAY))
                    .orElse(null));
        case "monitoring.coordinator" ->
            out.text(row, 1, monitoring.map(MonitoringSetup::coordinator).orElse(null));
        case "monitoring.civilSociety" ->
            out.bool(row, 1, monitoring.map(MonitoringSetup::civilSociety).orElse(null));
        // As text: a number cell would lose the amount's scale (1200000.00).
        case "budget.amount" ->
            out.text(
                row,
                1,
                budget.map(Budget::amount).map(amount -> amount.toPlainString()).orElse(null));
        case "budget.currency" -> out.text(row, 1, budget.map(Budget::currency).orElse(null));
        case "budget.text" -> out.text(row, 1, budget.map(Budget::text).orElse(null));
        default -> throw new IllegalStateException("no writer for " + field.name());
      }
      out.text(row, 2, field.note() + (field.required() ? " (required)" : ""));
    }
  }

  static void writeActors(Writing out, Plan plan) {
    Sheet sheet = out.table(ACTORS, ACTOR_COLUMNS, List.of(28, 70, 24));
    int r = 1;
    for (Actor actor : plan.actors()) {
      Row row = sheet.createRow(r++);
      out.text(row, 0, actor.code());
      out.text(row, 1, actor.name());
      out.text(row, 2, actor.parent());
    }
    Writing.filter(sheet, 0, ACTOR_COLUMNS.size());
  }
}
