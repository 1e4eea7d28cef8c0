package org.napcheck.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writing one workbook: a bold, frozen, filterable header on every table, texts that a spreadsheet
 * shows as written and never runs.
 */
final class Writing implements AutoCloseable {
  /** The most characters a cell holds. */
  static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle literal;
  private final CellStyle title;

  Writing() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    text = workbook.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    // A text that starts like a formula is shown as written, and stays text when edited.
    literal = workbook.createCellStyle();
    literal.cloneStyleFrom(text);
    literal.setQuotePrefixed(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = workbook.createCellStyle();
    title.setFont(big);
  }

  XSSFWorkbook workbook() {
    return workbook;
  }

  /** A sheet whose first row is a header of {@code columns}, with their widths in characters. */
  Sheet table(String name, List<String> columns, List<Integer> widths) {
    Sheet sheet = workbook.createSheet(name);
    headerRow(sheet, 0, columns, widths);
    return sheet;
  }

  /** A header row at {@code rowIndex}: bold, frozen, filterable once the table is finished. */
  void headerRow(Sheet sheet, int rowIndex, List<String> columns, List<Integer> widths) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(columns.get(i));
      cell.setCellStyle(header);
      sheet.setColumnWidth(i, Math.min(255, widths.get(i)) * 256);
    }
    sheet.createFreezePane(0, rowIndex + 1);
  }

  /** Filters on the header at {@code headerRow}, over every row written below it. */
  static void filter(Sheet sheet, int headerRow, int columns) {
    int last = Math.max(headerRow, sheet.getLastRowNum());
    sheet.setAutoFilter(new CellRangeAddress(headerRow, last, 0, columns - 1));
  }

  void title(Sheet sheet, int rowIndex, String value) {
    Cell cell = sheet.createRow(rowIndex).createCell(0);
    cell.setCellValue(value);
    cell.setCellStyle(title);
  }

  /**
   * A text cell, always of type STRING: {@code =1+1} is shown as written, never computed. Nothing
   * is written for {@code null}.
   *
   * @throws IllegalArgumentException when the text is longer than a cell holds
   */
  void text(Row row, int column, String value) {
    if (value == null) {
      return;
    }
    if (value.length() > MAX_CELL_TEXT) {
      throw new IllegalArgumentException(
          "a text of "
              + value.length()
              + " characters does not fit in a spreadsheet cell ("
              + MAX_CELL_TEXT
              + " at most), in "
              + Reading.ref(row.getSheet(), row.getRowNum(), column));
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(startsLikeFormula(value) ? literal : text);
  }

  /** A text cell for a report: cut, with an ellipsis, where it is longer than a cell holds. */
  void shortened(Row row, int column, String value) {
    if (value != null && value.length() > MAX_CELL_TEXT) {
      value = value.substring(0, MAX_CELL_TEXT - 1) + "…";
    }
    text(row, column, value);
  }

  void number(Row row, int column, Number value) {
    if (value != null) {
      row.createCell(column).setCellValue(value.doubleValue());
    }
  }

  void bool(Row row, int column, Boolean value) {
    if (value != null) {
      row.createCell(column).setCellValue(value);
    }
  }

  /**
   * A cell holding a value as the formats write it ({@code what} names it in problems): a text as
   * text; a whole number as a number; any other number as text, which keeps its scale ({@code
   * 1200000.00}); TRUE or FALSE; a list one item a line. Nothing is written for {@code null}.
   *
   * @throws IllegalArgumentException for a value no cell holds (an object), or a list item that
   *     would not read back the same
   */
  void value(Row row, int column, JsonNode value, String what) {
    if (value == null || value.isNull()) {
      return;
    }
    if (value.isTextual()) {
      text(row, column, value.textValue());
    } else if (value.isIntegralNumber()) {
      number(row, column, value.numberValue());
    } else if (value.isNumber()) {
      text(row, column, value.decimalValue().toPlainString());
    } else if (value.isBoolean()) {
      bool(row, column, value.booleanValue());
    } else if (value.isArray()) {
      var items = new ArrayList<String>();
      value.forEach(item -> items.add(item.asText()));
      text(row, column, lines(items, what));
    } else {
      throw new IllegalArgumentException("no spreadsheet cell holds the " + what + " " + value);
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

  static boolean startsLikeFormula(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }

  /**
   * The workbook's bytes, the same for the same content: no creation date, and every part of the
   * zip dated {@link #ZIP_TIME} rather than now, so that a report can be compared with the last.
   */
  byte[] bytes() {
    workbook.getProperties().getCoreProperties().setCreated(Optional.empty());
    workbook.getProperties().getCoreProperties().setModified(Optional.empty());
    var written = new ByteArrayOutputStream();
    try {
      workbook.write(written);
      return withFixedTimes(written.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The earliest time a zip entry can hold (DOS time), local time. */
  private static final long ZIP_TIME =
      LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

  private static byte[] withFixedTimes(byte[] zip) throws IOException {
    var out = new ByteArrayOutputStream(zip.length);
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip));
        var rewritten = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        var copy = new ZipEntry(entry.getName());
        copy.setTime(ZIP_TIME);
        rewritten.putNextEntry(copy);
        in.transferTo(rewritten);
        rewritten.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
