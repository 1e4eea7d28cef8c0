package org.napcheck.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.Problem;
import org.napcheck.model.Plan;

/** Workbooks made in tests, as a person would fill them in, and what napcheck makes of them. */
final class Workbooks {

  /**
   * {@code expected} as napcheck writes French: a narrow no-break space (U+202F) before {@code : ;
   * ? ! »} and after {@code «}.
   */
  static List<String> french(String... expected) {
    return java.util.Arrays.stream(expected)
        .map(text -> text.replaceAll(" ([:;?!»])", "\u202F$1").replace("« ", "«\u202F"))
        .toList();
  }

  private final XSSFWorkbook workbook = new XSSFWorkbook();

  /** A sheet whose rows hold the given values: a String, a Number, a Boolean, or null. */
  Workbooks sheet(String name, Object[]... rows) {
    Sheet sheet = workbook.createSheet(name);
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        Object value = rows[r][c];
        if (value instanceof String text) {
          row.createCell(c).setCellValue(text);
        } else if (value instanceof Number number) {
          row.createCell(c).setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
          row.createCell(c).setCellValue(bool);
        }
      }
    }
    return this;
  }

  Workbooks hide(String sheet) {
    workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    return this;
  }

  /** The Plan sheet of a small valid plan. */
  Workbooks planSheet() {
    return sheet(
        "Plan",
        row("field", "value"),
        row("id", "XX-DRAFT"),
        row("country", "LU"),
        row("title", "Draft plan"),
        row("period.start", 2025),
        row("period.end", 2030));
  }

  XSSFWorkbook workbook() {
    return workbook;
  }

  byte[] bytes() {
    var out = new ByteArrayOutputStream();
    try (workbook) {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  Plan read() throws IOException {
    return read(bytes());
  }

  static Plan read(byte[] bytes) throws IOException {
    return new XlsxPlans().read(new ByteArrayInputStream(bytes), "plan.xlsx");
  }

  /** The problems of reading, each as {@code Sheet!A1: message}. */
  List<String> problems() {
    return problems(java.util.Locale.ENGLISH);
  }

  /** The problems of reading in the language of {@code locale}. */
  List<String> problems(java.util.Locale locale) {
    try {
      new XlsxPlans().withLocale(locale).read(new ByteArrayInputStream(bytes()), "plan.xlsx");
    } catch (NapFormatException e) {
      return e.problems().stream().map(Problem::toString).map(p -> p.substring(11)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("expected the workbook to be refused");
  }

  static Object[] row(Object... values) {
    return values;
  }

  static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }
}
