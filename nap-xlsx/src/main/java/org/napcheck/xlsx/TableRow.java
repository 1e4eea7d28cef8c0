package org.napcheck.xlsx;

import java.util.Map;
import org.apache.poi.ss.usermodel.Row;

/**
 * A row below the header of one of the template's tables: its fields read by the names of their
 * columns, each remembered at its cell.
 */
record TableRow(Reading reading, Row row, Map<String, Integer> columns) {

  /** The row's first cell: where the item it holds is told. */
  String where() {
    return Reading.ref(row.getSheet(), row.getRowNum(), 0);
  }

  /** The column named {@code name}; {@code -1} when the sheet has none. */
  int column(String name) {
    return columns.getOrDefault(name, -1);
  }

  /** Field {@code name} of {@code part}, read from its column by {@code reader}. */
  <P extends Parts.Placed> void read(P part, String name, CellReader<P> reader) {
    reader.read(reading, row, column(name), part, name);
  }
}
