package org.napcheck.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.NapReader;
import org.napcheck.io.Problem;
import org.napcheck.io.internal.Field;
import org.napcheck.io.internal.Shape;
import org.napcheck.io.internal.Shapes;
import org.napcheck.model.Plan;

/**
 * The template's sheets have the fields of the plan format as its field tables give them: a sheet
 * per object, a column per field that holds no object (after one naming the row's parent), in the
 * table's order; the Plan sheet one row per field of the plan itself, nested objects spelled {@code
 * period.start}. Tested on the workbook written, so that a derivation that broke shows.
 */
class TemplateColumnsTest {
  private static final Path SAMPLE = Path.of("src", "test", "resources", "data", "plan.yaml");
  private static final Pattern MISSING_COLUMN = Pattern.compile("missing required column '(.+)'");

  static Stream<Arguments> sheets() {
    return Stream.of(
        Arguments.of("Actors", null, Shapes.ACTOR),
        Arguments.of("Pillars", null, Shapes.PILLAR),
        Arguments.of("Objectives", "pillar", Shapes.OBJECTIVE),
        Arguments.of("Actions", "objective", Shapes.ACTION),
        Arguments.of("Indicators", "action", Shapes.INDICATOR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sheets")
  void should_have_a_column_for_each_field_that_holds_no_object(
      String sheet, String parent, Shape<?> shape) throws IOException {
    // GIVEN the object's fields but those holding objects, which have sheets of their own
    var expected = new ArrayList<String>();
    if (parent != null) {
      expected.add(parent);
    }
    shape.fields().stream()
        .filter(field -> !holdsObjects(field))
        .forEach(f -> expected.add(f.name()));

    // WHEN
    List<String> header = firstColumnOrRow(template(), sheet, false);

    // THEN
    assertThat(header).as(sheet).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sheets")
  void should_require_the_parent_column_and_the_required_fields(
      String sheet, String parent, Shape<?> shape) throws IOException {
    // GIVEN each column, and whether the sheet must have it
    var required = new LinkedHashMap<String, Boolean>();
    if (parent != null) {
      required.put(parent, true);
    }
    shape.fields().stream()
        .filter(field -> !holdsObjects(field))
        .forEach(field -> required.put(field.name(), field.isRequired()));
    byte[] template = template();

    for (Map.Entry<String, Boolean> column : required.entrySet()) {
      // WHEN the column's header is blanked out
      List<String> missing = missingColumns(withHeaderBlanked(template, sheet, column.getKey()));

      // THEN
      assertThat(missing)
          .as(sheet + " without " + column.getKey())
          .isEqualTo(column.getValue() ? List.of(column.getKey()) : List.of());
    }
  }

  @Test
  void should_list_every_field_of_the_plan_on_the_plan_sheet() throws IOException {
    // GIVEN the version, then the plan's fields, those of a nested object one by one
    var rows = new ArrayList<String>();
    var required = new ArrayList<String>();
    rows.add("napcheck");
    for (Field<?, ?> field : Shapes.PLAN.fields()) {
      Optional<? extends Shape<?>> nested = field.codec().objectShape();
      if (nested.isEmpty()) {
        rows.add(field.name());
        if (field.isRequired()) {
          required.add(field.name());
        }
      } else if (!field.isList()) {
        for (Field<?, ?> part : nested.get().fields()) {
          rows.add(field.name() + "." + part.name());
          if (field.isRequired() && part.isRequired()) {
            required.add(field.name() + "." + part.name());
          }
        }
      }
    }

    // WHEN
    byte[] template = template();

    // THEN the rows, and a note saying which are required
    assertThat(firstColumnOrRow(template, "Plan", true)).containsExactlyElementsOf(rows);
    assertThat(requiredRows(template)).containsExactlyElementsOf(required);
  }

  @Test
  void should_read_a_template_whose_columns_are_in_another_order() throws IOException {
    // GIVEN a template as written before lead came next to responsible: lead last
    Plan plan = new NapReader().readPlan(SAMPLE);
    byte[] oldOrder =
        withColumnsIn(
            new XlsxPlans().template(plan),
            "Actions",
            List.of("objective", "id", "text", "responsible", "deadline", "continuous", "lead"));

    // WHEN
    Plan read = Workbooks.read(oldOrder);

    // THEN
    assertThat(read).isEqualTo(plan);
  }

  @Test
  void should_refuse_a_table_that_cannot_read_a_field_of_its_object() {
    assertThatThrownBy(
            () ->
                new TemplateTable<>(
                    "Actors",
                    Shapes.ACTOR,
                    null,
                    Map.of(
                        "code",
                        new TemplateTable.Column<Parts.ActorPart>(8, CellReader.text((a, v) -> {})),
                        "name",
                        new TemplateTable.Column<Parts.ActorPart>(
                            8, CellReader.text((a, v) -> {})))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Actors")
        .hasMessageContaining("parent");
  }

  private static boolean holdsObjects(Field<?, ?> field) {
    return field.codec().objectShape().isPresent();
  }

  private static byte[] template() throws IOException {
    Plan plan = new NapReader().readPlan(SAMPLE);
    return new XlsxPlans().template(plan);
  }

  /** The texts of the sheet's first row, or of its first column below the header. */
  private static List<String> firstColumnOrRow(byte[] workbook, String name, boolean column)
      throws IOException {
    var texts = new ArrayList<String>();
    try (XSSFWorkbook opened = Workbooks.open(workbook)) {
      Sheet sheet = opened.getSheet(name);
      if (column) {
        for (Row row : sheet) {
          if (row.getRowNum() > 0) {
            texts.add(row.getCell(0).getStringCellValue());
          }
        }
      } else {
        sheet.getRow(0).forEach(cell -> texts.add(cell.getStringCellValue()));
      }
    }
    return texts;
  }

  /** The rows of the Plan sheet whose note says they are required. */
  private static List<String> requiredRows(byte[] workbook) throws IOException {
    var required = new ArrayList<String>();
    try (XSSFWorkbook opened = Workbooks.open(workbook)) {
      for (Row row : opened.getSheet("Plan")) {
        if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().endsWith("(required)")) {
          required.add(row.getCell(0).getStringCellValue());
        }
      }
    }
    return required;
  }

  /** The workbook with the header cell {@code column} of {@code sheet} blank. */
  private static byte[] withHeaderBlanked(byte[] workbook, String sheet, String column)
      throws IOException {
    try (XSSFWorkbook opened = Workbooks.open(workbook)) {
      for (Cell cell : opened.getSheet(sheet).getRow(0)) {
        if (cell.getStringCellValue().equals(column)) {
          cell.setBlank();
        }
      }
      var out = new ByteArrayOutputStream();
      opened.write(out);
      return out.toByteArray();
    }
  }

  /** The workbook with the columns of sheet {@code name} moved into {@code order}. */
  private static byte[] withColumnsIn(byte[] workbook, String name, List<String> order)
      throws IOException {
    try (XSSFWorkbook opened = Workbooks.open(workbook)) {
      Sheet sheet = opened.getSheet(name);
      var header = new ArrayList<String>();
      sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      assertThat(order).containsExactlyInAnyOrderElementsOf(header).isNotEqualTo(header);
      for (Row row : sheet) {
        var values = new ArrayList<Object>();
        for (int c = 0; c < header.size(); c++) {
          values.add(value(row.getCell(c)));
        }
        for (int c = 0; c < order.size(); c++) {
          setValue(row, c, values.get(header.indexOf(order.get(c))));
        }
      }
      var out = new ByteArrayOutputStream();
      opened.write(out);
      return out.toByteArray();
    }
  }

  private static Object value(Cell cell) {
    if (cell == null) {
      return null;
    }
    return switch (cell.getCellType()) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> cell.getNumericCellValue();
      case BOOLEAN -> cell.getBooleanCellValue();
      default -> null;
    };
  }

  private static void setValue(Row row, int column, Object value) {
    Cell cell = row.getCell(column);
    if (cell != null) {
      row.removeCell(cell);
    }
    if (value instanceof String text) {
      row.createCell(column).setCellValue(text);
    } else if (value instanceof Double number) {
      row.createCell(column).setCellValue(number);
    } else if (value instanceof Boolean bool) {
      row.createCell(column).setCellValue(bool);
    }
  }

  /** The columns reading {@code workbook} says are missing. */
  private static List<String> missingColumns(byte[] workbook) {
    try {
      new XlsxPlans().read(new ByteArrayInputStream(workbook), "plan.xlsx");
      return List.of();
    } catch (NapFormatException e) {
      return e.problems().stream()
          .map(Problem::message)
          .map(MISSING_COLUMN::matcher)
          .filter(Matcher::matches)
          .map(matcher -> matcher.group(1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
