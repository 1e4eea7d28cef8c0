package org.napcheck.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.napcheck.io.internal.Field;
import org.napcheck.io.internal.Shape;

/**
 * What a sheet of the template holds of an object, derived from its field table: a column (on the
 * Plan sheet, a row) for each field that holds no object, in the table's order, and the fields of a
 * nested object spelled {@code period.start}. A list of objects, such as a plan's pillars, has a
 * sheet of its own.
 */
final class SheetFields {

  /** A column of a sheet: its name, and whether a workbook must have it. */
  record Column(String name, boolean required) {}

  private SheetFields() {}

  /** The columns of {@code shape}'s sheet, in the order of its fields. */
  static List<Column> of(Shape<?> shape) {
    var columns = new ArrayList<Column>();
    add(columns, "", true, shape);
    return List.copyOf(columns);
  }

  /** A nested object's fields are required where the object and the field both are. */
  private static void add(List<Column> columns, String prefix, boolean required, Shape<?> shape) {
    for (Field<?, ?> field : shape.fields()) {
      Optional<? extends Shape<?>> object = field.codec().objectShape();
      boolean isRequired = required && field.isRequired();
      if (object.isEmpty()) {
        columns.add(new Column(prefix + field.name(), isRequired));
      } else if (!field.isList()) {
        add(columns, prefix + field.name() + ".", isRequired, object.get());
      }
    }
  }

  /**
   * Checks that a sheet says how to read each of its fields, and of nothing else: a field added to
   * a field table fails the build until the template can read it.
   *
   * @param fields the names of the fields of the sheet, derived from the field table
   * @param read the names the sheet has a reader for
   * @throws IllegalStateException when a field has no reader, or a reader no field
   */
  static void requireOneEach(String sheet, List<String> fields, Set<String> read) {
    for (String field : fields) {
      if (!read.contains(field)) {
        throw new IllegalStateException(
            "the template's sheet "
                + sheet
                + " does not say how to read the field "
                + field
                + " of the format's field table");
      }
    }
    var unknown = new TreeSet<>(read);
    unknown.removeAll(fields);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(
          "the template's sheet "
              + sheet
              + " says how to read "
              + unknown
              + ", which the format's field table does not have");
    }
  }

  /**
   * The values of {@code value}'s columns as the formats write them, by column name; a column the
   * formats leave out (absent, or an empty list) has none.
   */
  static <T> Map<String, JsonNode> values(Shape<T> shape, T value) {
    var values = new LinkedHashMap<String, JsonNode>();
    put(values, "", shape, value);
    return values;
  }

  private static <T> void put(
      Map<String, JsonNode> values, String prefix, Shape<T> shape, T value) {
    for (Field<T, ?> field : shape.fields()) {
      Optional<? extends Shape<?>> object = field.codec().objectShape();
      if (object.isEmpty()) {
        field.tree(value).ifPresent(tree -> values.put(prefix + field.name(), tree));
      } else if (!field.isList() && field.get(value) != null) {
        // As an object: a budget the formats write as its text alone is three cells here.
        putNested(values, prefix + field.name() + ".", object.get(), field.get(value));
      }
    }
  }

  @SuppressWarnings("unchecked") // a field whose codec reads objects of a shape holds its values
  private static <U> void putNested(
      Map<String, JsonNode> values, String prefix, Shape<U> shape, Object value) {
    put(values, prefix, shape, (U) value);
  }
}
