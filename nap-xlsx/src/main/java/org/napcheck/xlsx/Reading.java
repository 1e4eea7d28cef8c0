package org.napcheck.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.Problem;
import org.napcheck.io.ReadLimits;
import org.napcheck.io.internal.Names;
import org.napcheck.io.internal.Wording;
import org.napcheck.model.Coded;
import org.napcheck.model.Deadline;

/**
 * Reading one workbook: values out of cells, each problem with its sheet and cell. Cells are read
 * as they are shown, never evaluated: a formula gives the value the spreadsheet saved with it.
 */
final class Reading {
  /** Line breaks (typed with Alt+Enter), and ";", separate the items of a list cell. */
  static final Pattern LINES_OR_SEMICOLONS = Pattern.compile("\\R|;");

  private static final int MAX_PROBLEMS = 500;
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

  private final String file;
  private final ReadLimits limits;
  private final Wording words;
  private final List<Problem> problems = new ArrayList<>();
  private int dropped;
  private int told;

  /** A cell read twice (a header looked for, then read) has its problem told once. */
  private final java.util.Set<Problem> seen = new java.util.HashSet<>();

  ReadLimits limits() {
    return limits;
  }

  Reading(String file, ReadLimits limits, Wording words) {
    this.file = file;
    this.limits = limits;
    this.words = words;
  }

  String file() {
    return file;
  }

  /** The language of the problems. */
  Wording words() {
    return words;
  }

  /** The text of {@code key} in the problems' language. */
  String say(String key, Object... arguments) {
    return words.get(key, arguments);
  }

  /** {@code Actions!C12}. */
  static String ref(Sheet sheet, int row, int column) {
    return sheet.getSheetName() + "!" + CellReference.convertNumToColString(column) + (row + 1);
  }

  static String ref(Cell cell) {
    return ref(cell.getSheet(), cell.getRowIndex(), cell.getColumnIndex());
  }

  void problem(String where, String message) {
    var problem = new Problem(file, 0, 0, where, message);
    told++;
    if (seen.add(problem)) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(problem);
      } else {
        dropped++;
      }
    }
  }

  /** How many problems were told, the same one twice included: grows with each. */
  int problemCount() {
    return told;
  }

  /**
   * Reads field {@code field} of {@code part} from column {@code column} of {@code row} ({@code -1}
   * when the sheet has no such column), and remembers the cell, for problems found later.
   */
  <T> T field(Parts.Placed part, String field, Row row, int column, Function<Cell, T> how) {
    if (column < 0) {
      return null;
    }
    part.at(field, ref(row.getSheet(), row.getRowNum(), column));
    int before = problemCount();
    T value = how.apply(row.getCell(column));
    if (problemCount() > before) {
      part.broken.add(field);
    }
    return value;
  }

  void throwIfAny() throws NapFormatException {
    if (!problems.isEmpty()) {
      var all = new ArrayList<>(problems);
      if (dropped > 0) {
        all.add(new Problem(file, 0, 0, "", say("moreProblems", dropped)));
      }
      throw new NapFormatException(all, dropped, null, true);
    }
  }

  /**
   * What a cell holds: a {@link String}, a {@link Double}, a {@link LocalDate} (a number shown as a
   * date), a {@link Boolean}, or {@code null} when it is blank or holds an error.
   */
  Object raw(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      if (Cells.hasNoSavedValue(cell)) {
        // POI would give 0 or "": a value the spreadsheet never showed
        problem(ref(cell), say("xlsx.formulaNoValue", words.quote("=" + formula(cell))));
        return null;
      }
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> {
        if (Cells.hasBadSharedString(cell)) {
          problem(ref(cell), say("xlsx.sharedString", words.name(cell.getSheet().getSheetName())));
          yield null;
        }
        String text = cell.getStringCellValue();
        if (text.length() > limits.maxStringLength()) {
          problem(ref(cell), say("limit.text", limits.maxStringLength()));
          yield null;
        }
        text = text.strip();
        yield text.isEmpty() ? null : text;
      }
      case NUMERIC -> {
        double number = cell.getNumericCellValue();
        if (Double.isNaN(number) || Double.isInfinite(number)) {
          // not a number a spreadsheet program writes: a file made otherwise
          problem(ref(cell), say("xlsx.number", words.quote(String.valueOf(number))));
          yield null;
        }
        if (DateUtil.isCellDateFormatted(cell)) {
          var dateTime = cell.getLocalDateTimeCellValue();
          if (dateTime == null) {
            problem(ref(cell), say("xlsx.number", words.quote(numberText(number))));
            yield null;
          }
          yield dateTime.toLocalDate();
        }
        yield number;
      }
      case BOOLEAN -> cell.getBooleanCellValue();
      case ERROR -> {
        problem(
            ref(cell),
            say("xlsx.cellError", FormulaError.forInt(cell.getErrorCellValue()).getString()));
        yield null;
      }
      default -> null;
    };
  }

  /** The cell as text, whatever it holds; {@code null} when blank. */
  String text(Cell cell) {
    Object value = raw(cell);
    if (value instanceof Double number) {
      return numberText(number);
    }
    return value == null ? null : value.toString();
  }

  static String numberText(double number) {
    if (number == Math.rint(number) && Math.abs(number) < 1e15) {
      return Long.toString((long) number);
    }
    if (Math.abs(number) >= 1e15 || Math.abs(number) < 1e-6) {
      return String.valueOf(number); // 1.0E300, not three hundred digits
    }
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  /** The items of a list cell, in order, blank ones left out. */
  List<String> list(Cell cell, Pattern separators) {
    String text = text(cell);
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(separators.split(text))
        .map(String::strip)
        .filter(item -> !item.isEmpty())
        .toList();
  }

  Integer year(Cell cell) {
    Object value = raw(cell);
    if (value == null) {
      return null;
    }
    String text = value instanceof Double number ? numberText(number) : value.toString();
    if (WHOLE_NUMBER.matcher(text).matches() && text.length() <= 5) {
      int year = Integer.parseInt(text);
      if (year >= 1900 && year <= 2200) {
        return year;
      }
      problem(ref(cell), say("year.range", text));
      return null;
    }
    problem(ref(cell), say("expected.year", words.quote(text)));
    return null;
  }

  /** A year (due by its end) or a day: {@code 2029}, {@code 2029-06-30}, or a date cell. */
  Deadline deadline(Cell cell) {
    Object value = raw(cell);
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return Deadline.ofDate(date);
    }
    String text = value instanceof Double number ? numberText(number) : value.toString();
    if (WHOLE_NUMBER.matcher(text).matches() && text.length() <= 5) {
      int year = Integer.parseInt(text);
      if (year >= 1900 && year <= 2200) {
        return Deadline.ofYear(year);
      }
    }
    try {
      return Deadline.ofDate(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      problem(ref(cell), say("xlsx.deadline", words.quote(text)));
      return null;
    }
  }

  /** A day of the year: {@code 03-31}, or a date cell (its year is ignored). */
  MonthDay monthDay(Cell cell) {
    Object value = raw(cell);
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return MonthDay.from(date);
    }
    String text = value.toString();
    try {
      return MonthDay.parse(text.startsWith("--") ? text : "--" + text);
    } catch (DateTimeParseException e) {
      problem(ref(cell), say("xlsx.day", words.quote(text)));
      return null;
    }
  }

  Boolean bool(Cell cell) {
    Object value = raw(cell);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    String text =
        (value instanceof Double number ? numberText(number) : value.toString())
            .toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "yes", "oui", "vrai", "1" -> true;
      case "false", "no", "non", "faux", "0" -> false;
      default -> {
        problem(ref(cell), say("expected.boolean", words.quote(value.toString())));
        yield null;
      }
    };
  }

  BigDecimal decimal(Cell cell) {
    Object value = raw(cell);
    if (value == null) {
      return null;
    }
    if (value instanceof Double number) {
      return new BigDecimal(numberText(number));
    }
    try {
      return new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      problem(ref(cell), say("xlsx.number", words.quote(value.toString())));
      return null;
    }
  }

  <E extends Enum<E> & Coded> E coded(Cell cell, Class<E> type) {
    String text = text(cell);
    return text == null ? null : coded(text, type, ref(cell));
  }

  <E extends Enum<E> & Coded> E coded(String text, Class<E> type, String where) {
    Optional<E> found = Coded.fromCode(type, text.toLowerCase(Locale.ROOT));
    if (found.isEmpty()) {
      problem(where, say("xlsx.code", words.verbatim(Coded.codesOf(type)), words.quote(text)));
    }
    return found.orElse(null);
  }

  /**
   * The columns of a sheet by their header, in the first row: every required one must be there, and
   * no unknown one may be.
   */
  Map<String, Integer> header(Sheet sheet, List<String> allowed, List<String> required) {
    var columns = new LinkedHashMap<String, Integer>();
    Row row = sheet.getRow(sheet.getFirstRowNum() < 0 ? 0 : sheet.getFirstRowNum());
    if (row == null) {
      problem(
          sheet.getSheetName() + "!A1",
          say("xlsx.noHeader", words.verbatim(String.join(", ", allowed))));
      return columns;
    }
    for (Cell cell : row) {
      String name = text(cell);
      if (name == null) {
        continue;
      }
      Optional<String> known =
          allowed.stream().filter(column -> column.equalsIgnoreCase(name)).findFirst();
      if (known.isEmpty()) {
        problem(ref(cell), unknown("xlsx.unknownColumn", name, allowed));
      } else if (columns.putIfAbsent(known.get(), cell.getColumnIndex()) != null) {
        problem(ref(cell), say("xlsx.columnTwice", words.name(known.get())));
      }
    }
    for (String column : required) {
      if (!columns.containsKey(column)) {
        problem(
            ref(sheet, row.getRowNum(), row.getLastCellNum() < 0 ? 0 : row.getLastCellNum()),
            say("xlsx.missingColumn", words.name(column)));
      }
    }
    return columns;
  }

  /**
   * An unknown name, the closest known one if any is close, and the known ones: {@code unknown
   * column 'titel' (did you mean 'title'?); allowed: id, title}.
   */
  String unknown(String key, String name, java.util.Collection<String> allowed) {
    String message = say(key, words.name(name), words.verbatim(String.join(", ", allowed)));
    return Names.closest(name, allowed)
        .map(
            closest ->
                say(
                    key + "Closest",
                    words.name(name),
                    words.name(closest),
                    words.verbatim(String.join(", ", allowed))))
        .orElse(message);
  }

  private static String formula(Cell cell) {
    String formula = cell.getCellFormula();
    return formula.length() > 60 ? formula.substring(0, 60) + "..." : formula;
  }
}
