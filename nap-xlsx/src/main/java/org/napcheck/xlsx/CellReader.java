package org.napcheck.xlsx;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * How the cell of one field is read into a part of the plan: each column of the template, and each
 * row of the Plan sheet, has one, kept by its name.
 *
 * @param <P> the part read, e.g. {@link Parts.ActionPart}
 */
@FunctionalInterface
interface CellReader<P extends Parts.Placed> {

  /**
   * Reads field {@code field} of {@code part} from column {@code column} of {@code row} ({@code -1}
   * when the sheet has no such column), remembering the cell for problems found later.
   */
  void read(Reading reading, Row row, int column, P part, String field);

  /**
   * A cell read {@code how}, its value given to the part by {@code into}; a blank cell, or one that
   * cannot be read, leaves the part as it is.
   */
  static <P extends Parts.Placed, T> CellReader<P> of(
      BiFunction<Reading, Cell, T> how, BiConsumer<P, T> into) {
    return (reading, row, column, part, field) -> {
      T value = reading.field(part, field, row, column, cell -> how.apply(reading, cell));
      if (value != null) {
        into.accept(part, value);
      }
    };
  }

  /** A text. */
  static <P extends Parts.Placed> CellReader<P> text(BiConsumer<P, String> into) {
    return of(Reading::text, into);
  }

  /** A list, one item a line or separated by ";". */
  static <P extends Parts.Placed> CellReader<P> items(BiConsumer<P, List<String>> into) {
    return of((reading, cell) -> reading.list(cell, Reading.LINES_OR_SEMICOLONS), into);
  }
}
