package org.napcheck.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.napcheck.io.internal.Shape;

/**
 * One table of the template: a sheet whose columns are a column naming each row's parent, then the
 * fields of an object, as {@link SheetFields} derives them from its field table. What the table
 * cannot know is kept here by column name: each column's width, and how its cell is read.
 *
 * @param <T> the model value of a row, e.g. {@code Action}
 * @param <P> the part a row is read into, e.g. {@link Parts.ActionPart}
 */
final class TemplateTable<T, P extends Parts.Placed> {

  /** What a field's table cannot say of its column: its width in characters, how it is read. */
  record Column<P extends Parts.Placed>(int width, CellReader<P> reader) {}

  /** The column naming a row's parent by id, e.g. {@code objective} on the sheet Actions. */
  record Parent(String name, int width) {}

  private final String sheet;
  private final Shape<T> shape;
  private final List<String> names;
  private final List<String> required;
  private final List<Integer> widths;
  private final Map<String, Column<P>> columns;

  /**
   * @param parent the column naming the row's parent; {@code null} for a sheet of items that have
   *     none (pillars, actors)
   * @param columns a column for each field of the object's sheet, by name
   * @throws IllegalStateException when a field of the object has no column here, or a column here
   *     is no field of the object: a field added to the format needs a way to be read from a cell
   *     (see {@link SheetFields#requireOneEach})
   */
  TemplateTable(String sheet, Shape<T> shape, Parent parent, Map<String, Column<P>> columns) {
    this.sheet = sheet;
    this.shape = shape;
    this.columns = Map.copyOf(columns);
    var names = new ArrayList<String>();
    var required = new ArrayList<String>();
    var widths = new ArrayList<Integer>();
    if (parent != null) {
      names.add(parent.name());
      required.add(parent.name());
      widths.add(parent.width());
    }
    List<SheetFields.Column> fields = SheetFields.of(shape);
    SheetFields.requireOneEach(
        sheet, fields.stream().map(SheetFields.Column::name).toList(), columns.keySet());
    for (SheetFields.Column field : fields) {
      names.add(field.name());
      widths.add(columns.get(field.name()).width());
      if (field.required()) {
        required.add(field.name());
      }
    }
    this.names = List.copyOf(names);
    this.required = List.copyOf(required);
    this.widths = List.copyOf(widths);
  }

  String sheet() {
    return sheet;
  }

  /** The names of the columns, in the order the template writes them: parent first. */
  List<String> names() {
    return names;
  }

  /** The columns a sheet must have. */
  List<String> required() {
    return required;
  }

  /** The sheet, with its header, in {@code out}. */
  Sheet create(Writing out) {
    return out.table(sheet, names, widths);
  }

  /** Filters on the header, over every row written. */
  void finish(Sheet sheet) {
    Writing.filter(sheet, 0, names.size());
  }

  /** Row {@code row} of the sheet: {@code item}, below {@code parentId}. */
  void write(Writing out, Row row, String parentId, T item) {
    Map<String, JsonNode> values = SheetFields.values(shape, item);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (columns.containsKey(name)) {
        out.value(row, i, values.get(name), name);
      } else {
        out.text(row, i, parentId);
      }
    }
  }

  /** The fields of {@code part}, read from {@code row}, which it stands for, column by column. */
  P read(TableRow row, P part) {
    part.where = row.where();
    for (String name : names) {
      Column<P> column = columns.get(name);
      if (column != null) {
        row.read(part, name, column.reader());
      }
    }
    return part;
  }
}
