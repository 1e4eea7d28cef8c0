package org.napcheck.xlsx;

import static java.util.Map.entry;
import static org.napcheck.xlsx.CellReader.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.napcheck.io.internal.Shapes;
import org.napcheck.model.Actor;
import org.napcheck.model.Plan;

/**
 * The two sheets both layouts share: {@code Plan} (one field a row: what the cover page of a plan
 * says) and {@code Actors} (the plan's own list of responsible bodies). The Plan sheet's rows are
 * the format's version, then the fields of the plan's field table, nested objects spelled {@code
 * period.start} ({@link SheetFields}); the note beside each, and how its value is read, are kept
 * here by name.
 */
final class PlanSheets {
  static final String PLAN = "Plan";
  static final String ACTORS = "Actors";

  /** The row giving the version of the format, before the plan's fields. */
  private static final String VERSION = "napcheck";

  private static final int FORMAT_VERSION = 1;

  static final TemplateTable<Actor, Parts.ActorPart> ACTOR_TABLE =
      new TemplateTable<>(
          ACTORS,
          Shapes.ACTOR,
          null,
          Map.of(
              "code", actorColumn(28, (actor, code) -> actor.code = code),
              "name", actorColumn(70, (actor, name) -> actor.name = name),
              "parent", actorColumn(24, (actor, parent) -> actor.parent = parent)));

  /** What the field table cannot say of a row of the Plan sheet: the note beside it, its reader. */
  private record Line(String note, CellReader<Parts.Head> reader) {}

  /** The rows of the Plan sheet, in the order the template writes them. */
  private static final List<SheetFields.Column> FIELDS = fields();

  private static final List<String> NAMES = FIELDS.stream().map(SheetFields.Column::name).toList();

  /** The note and reader of each row, by name. */
  private static final Map<String, Line> LINES = lines();

  static {
    SheetFields.requireOneEach(PLAN, NAMES, LINES.keySet());
  }

  private PlanSheets() {}

  private static List<SheetFields.Column> fields() {
    var fields = new ArrayList<SheetFields.Column>();
    fields.add(new SheetFields.Column(VERSION, false));
    fields.addAll(SheetFields.of(Shapes.PLAN));
    return List.copyOf(fields);
  }

  private static Map<String, Line> lines() {
    return Map.ofEntries(
        line(
            VERSION,
            "format version: 1",
            (reading, row, column, head, field) -> version(row, reading)),
        line("id", "the plan's identifier, e.g. LU-WPS-2", text((head, id) -> head.id = id)),
        line(
            "country",
            "ISO 3166-1 alpha-2 code, e.g. LU",
            text((head, code) -> head.country = code)),
        line("title", "as published", text((head, title) -> head.title = title)),
        line(
            "period.start",
            "first year of the plan",
            CellReader.of(Reading::year, (head, year) -> head.start = year)),
        line(
            "period.end",
            "last year of the plan (included)",
            CellReader.of(Reading::year, (head, year) -> head.end = year)),
        line(
            "language",
            "ISO 639 code of the plan's texts, e.g. en",
            text((head, code) -> head.language = code)),
        line("monitoring.frequency", "e.g. annual", text((head, text) -> head.frequency = text)),
        line(
            "monitoring.reportDue",
            "MM-DD: the report for year Y is due on this day of Y+1",
            CellReader.of(Reading::monthDay, (head, day) -> head.reportDue = day)),
        line(
            "monitoring.coordinator",
            "code of the body that coordinates monitoring",
            text((head, code) -> head.coordinator = code)),
        line(
            "monitoring.civilSociety",
            "TRUE when civil society has a role in monitoring",
            CellReader.of(Reading::bool, (head, value) -> head.civilSociety = value)),
        line(
            "budget.amount",
            "the plan's budget, a number",
            CellReader.of(Reading::decimal, (head, amount) -> head.amount = amount)),
        line(
            "budget.currency",
            "ISO 4217 code, e.g. EUR",
            text((head, code) -> head.currency = code)),
        line(
            "budget.text",
            "what the plan says of its budget",
            text((head, text) -> head.budgetText = text)));
  }

  private static Map.Entry<String, Line> line(
      String name, String note, CellReader<Parts.Head> reader) {
    return entry(name, new Line(note, reader));
  }

  private static TemplateTable.Column<Parts.ActorPart> actorColumn(
      int width, BiConsumer<Parts.ActorPart, String> into) {
    return new TemplateTable.Column<>(width, text(into));
  }

  private static void version(Row row, Reading reading) {
    String version = reading.text(row.getCell(1));
    if (version != null && !version.equals(String.valueOf(FORMAT_VERSION))) {
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
      FIELDS.stream()
          .filter(SheetFields.Column::required)
          .forEach(field -> head.broken.add(planField(field.name())));
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
      Optional<String> field =
          NAMES.stream().filter(known -> known.equalsIgnoreCase(name)).findFirst();
      if (field.isEmpty()) {
        reading.problem(where, reading.unknown("field.unknown", name, NAMES));
      } else if (!seen.add(field.get())) {
        reading.problem(where, reading.say("xlsx.fieldTwice", reading.words().name(field.get())));
      } else {
        LINES.get(field.get()).reader().read(reading, row, 1, head, field.get());
      }
    }
    for (SheetFields.Column field : FIELDS) {
      if (field.required() && !seen.contains(field.name())) {
        reading.problem(
            sheet.getSheetName() + "!A" + (sheet.getLastRowNum() + 2),
            reading.say("field.missing", reading.words().name(field.name())));
        head.broken.add(planField(field.name()));
      }
    }
    return head;
  }

  /** The field of the plan a row gives, or gives part of: {@code period} for {@code period.end}. */
  private static String planField(String row) {
    int dot = row.indexOf('.');
    return dot < 0 ? row : row.substring(0, dot);
  }

  static List<Parts.ActorPart> readActors(Workbook workbook, Reading reading) {
    Optional<Sheet> found = sheet(workbook, ACTORS);
    var actors = new ArrayList<Parts.ActorPart>();
    if (found.isEmpty()) {
      return actors;
    }
    Sheet sheet = found.get();
    Map<String, Integer> columns =
        reading.header(sheet, ACTOR_TABLE.names(), ACTOR_TABLE.required());
    for (Row row : sheet) {
      if (row.getRowNum() > sheet.getFirstRowNum() && !Cells.isBlank(row)) {
        actors.add(ACTOR_TABLE.read(new TableRow(reading, row, columns), new Parts.ActorPart()));
      }
    }
    return actors;
  }

  static void writePlan(Writing out, Plan plan) {
    Sheet sheet = out.table(PLAN, List.of("field", "value", "note"), List.of(26, 60, 50));
    Map<String, JsonNode> values = SheetFields.values(Shapes.PLAN, plan);
    int r = 1;
    for (SheetFields.Column field : FIELDS) {
      String name = field.name();
      Row row = sheet.createRow(r++);
      out.text(row, 0, name);
      out.value(
          row, 1, name.equals(VERSION) ? IntNode.valueOf(FORMAT_VERSION) : values.get(name), name);
      out.text(row, 2, LINES.get(name).note() + (field.required() ? " (required)" : ""));
    }
  }

  static void writeActors(Writing out, Plan plan) {
    Sheet sheet = ACTOR_TABLE.create(out);
    for (Actor actor : plan.actors()) {
      ACTOR_TABLE.write(out, sheet.createRow(sheet.getLastRowNum() + 1), null, actor);
    }
    ACTOR_TABLE.finish(sheet);
  }
}
