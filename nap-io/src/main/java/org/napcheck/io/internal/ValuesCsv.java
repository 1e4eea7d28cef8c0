package org.napcheck.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.ReadLimits;
import org.napcheck.model.IndicatorValue;
import org.napcheck.model.MonitoringReport;

/**
 * Reads indicator values from CSV, {@code plan,year,reporter,indicator,value,female,male,other,
 * unknown}, one row per indicator and year, into one report per plan, year and reporter, in file
 * order. A blank sex cell is not reported; {@code 0} is a reported zero.
 */
public final class ValuesCsv {

  public static final List<String> COLUMNS =
      List.of(
          "plan", "year", "reporter", "indicator", "value", "female", "male", "other", "unknown");

  private static final List<String> REQUIRED = COLUMNS.subList(0, 5);
  private static final List<String> SEX = COLUMNS.subList(5, COLUMNS.size());
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,100}(\\.\\d{1,100})?");

  private final Parsers parsers;

  /**
   * The most rows of values, the header apart: each costs about a kilobyte until the reports are
   * made (a CSV of 20 MiB, 1.1 million rows, ran out of 1 GiB of memory).
   */
  static final int MAX_ROWS = 200_000;

  public ValuesCsv(Parsers parsers) {
    this.parsers = parsers;
  }

  public List<MonitoringReport> read(Source source) throws NapFormatException {
    return read(source, Wording.ENGLISH);
  }

  /** Like {@link #read(Source)}, telling the problems in {@code words}. */
  public List<MonitoringReport> read(Source source, Wording words) throws NapFormatException {
    var problems = new Problems(source.name(), words);
    if (source.text().isBlank()) {
      throw problems.refuse(
          Position.UNKNOWN,
          TreePath.root(),
          problems.say("csv.empty", problems.words().verbatim(String.join(",", COLUMNS))),
          null);
    }
    List<List<Cell>> rows = rows(source, parsers.limits(), problems);
    List<String> header = header(rows.get(0), problems);
    problems.throwIfAny();

    var reading = new Reading(problems);
    var groups = new LinkedHashMap<List<String>, Group>();
    for (List<Cell> cells : rows.subList(1, rows.size())) {
      Row row = reading.row(header, cells);
      if (row != null) {
        List<String> key =
            List.of(row.cell("plan").text(), row.cell("year").text(), row.cell("reporter").text());
        groups.computeIfAbsent(key, k -> new Group()).add(row, reading.value(row));
      }
    }
    var reports = new ArrayList<MonitoringReport>();
    for (Group group : groups.values()) {
      Row first = group.rows.get(0);
      Integer year = reading.year(first);
      var report =
          new MonitoringReport(
              first.cell("plan").text(),
              // An unreadable year is already reported; 0 only lets reading go on.
              year == null ? 0 : year,
              first.cell("reporter").text(),
              null,
              List.of(),
              group.values);
      for (BeanValidation.Violation violation : BeanValidation.violations(report, words)) {
        Cell cell = group.cellAt(violation.path());
        if (!reading.broken.contains(cell)) {
          problems.add(cell.position(), TreePath.of(cell.column()), violation.message());
        }
      }
      reports.add(report);
    }
    problems.throwIfAny();
    return reports;
  }

  private List<List<Cell>> rows(Source source, ReadLimits limits, Problems problems)
      throws NapFormatException {
    var rows = new ArrayList<List<Cell>>();
    try (JsonParser parser = parsers.csv().createParser(source.text())) {
      ((CsvParser) parser).setSchema(CsvSchema.emptySchema());
      parser.nextToken();
      while (parser.nextToken() == JsonToken.START_ARRAY) {
        rows.add(row(parser, rows.size(), limits, problems));
      }
    } catch (StreamConstraintsException e) {
      throw problems.refuse(
          Position.of(e.getLocation()),
          TreePath.root(),
          problems.say("limit.other", problems.words().verbatim(firstLine(e.getOriginalMessage()))),
          e);
    } catch (JsonProcessingException e) {
      throw problems.refuse(
          Position.of(e.getLocation()),
          TreePath.root(),
          problems.say("syntax.csv", problems.words().verbatim(firstLine(e.getOriginalMessage()))),
          e);
    } catch (NapFormatException e) {
      throw e;
    } catch (IOException e) {
      // Reading from a string fails only through the parser's own checks; say what it said.
      throw problems.refuse(
          Position.UNKNOWN,
          TreePath.root(),
          problems.say("file.cannotRead", problems.words().verbatim(e.getMessage())),
          e);
    }
    if (rows.isEmpty()) {
      throw problems.refuse(
          Position.UNKNOWN,
          TreePath.root(),
          problems.say("csv.empty", problems.words().verbatim(String.join(",", COLUMNS))),
          null);
    }
    return rows;
  }

  /**
   * The cells of the row the parser is at, {@code before} rows read before it.
   *
   * @throws NapFormatException when the row is one too many, or has too many cells or too long a
   *     cell
   */
  private static List<Cell> row(JsonParser parser, int before, ReadLimits limits, Problems problems)
      throws IOException {
    var row = new ArrayList<Cell>();
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      Position position = Position.of(parser.currentTokenLocation());
      if (row.isEmpty() && before > MAX_ROWS) {
        throw problems.refuse(position, TreePath.root(), problems.say("csv.rows", MAX_ROWS), null);
      }
      if (row.size() == limits.maxCsvColumns()) {
        throw problems.refuse(
            position, TreePath.root(), problems.say("csv.columns", limits.maxCsvColumns()), null);
      }
      String text = parser.getText();
      if (text.length() > limits.maxStringLength()) {
        throw problems.refuse(
            position, TreePath.root(), problems.say("limit.text", limits.maxStringLength()), null);
      }
      row.add(new Cell("", text.strip(), position));
    }
    return row;
  }

  private static List<String> header(List<Cell> cells, Problems problems) {
    var names = new ArrayList<String>();
    for (Cell cell : cells) {
      String name = cell.text();
      TreePath path = TreePath.of(name);
      if (!COLUMNS.contains(name)) {
        Wording words = problems.words();
        String message =
            Names.closest(name, COLUMNS)
                .map(
                    closest ->
                        problems.say(
                            "csv.unknownColumnClosest",
                            words.name(name),
                            words.name(closest),
                            words.verbatim(String.join(",", COLUMNS))))
                .orElseGet(
                    () ->
                        problems.say(
                            "csv.unknownColumn",
                            words.name(name),
                            words.verbatim(String.join(",", COLUMNS))));
        problems.add(cell.position(), path, message);
      } else if (names.contains(name)) {
        problems.add(
            cell.position(), path, problems.say("csv.columnTwice", problems.words().name(name)));
      }
      names.add(name);
    }
    Position start = cells.isEmpty() ? new Position(1, 1) : cells.get(0).position();
    for (String required : REQUIRED) {
      if (!names.contains(required)) {
        problems.add(
            start,
            TreePath.root(),
            problems.say(
                "csv.missingColumn",
                problems.words().name(required),
                problems.words().verbatim(String.join(",", REQUIRED)),
                problems.words().verbatim(String.join(",", SEX))));
      }
    }
    return names;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** One cell: its column name, its text without surrounding spaces, where it starts. */
  private record Cell(String column, String text, Position position) {}

  /** The cells of a data row by column; a column the row is too short for is blank. */
  private record Row(Map<String, Cell> cells, Position start) {
    Cell cell(String column) {
      return cells.getOrDefault(column, new Cell(column, "", start));
    }
  }

  private static final class Group {
    final List<Row> rows = new ArrayList<>();
    final List<IndicatorValue> values = new ArrayList<>();

    void add(Row row, IndicatorValue value) {
      rows.add(row);
      values.add(value);
    }

    /**
     * The cell a violation of the group's report is about: {@code values[2].breakdown.sex.male}.
     */
    Cell cellAt(TreePath path) {
      List<Object> at = path.segments();
      if (at.isEmpty()) {
        return rows.get(0).cell("plan");
      }
      if (!"values".equals(at.get(0)) || at.size() < 2) {
        return rows.get(0).cell((String) at.get(0));
      }
      Row row = rows.get((Integer) at.get(1));
      if (at.size() >= 5 && "breakdown".equals(at.get(2))) {
        return row.cell((String) at.get(4));
      }
      return row.cell(at.size() >= 3 && "indicator".equals(at.get(2)) ? "indicator" : "value");
    }
  }

  /** Turns rows into values, noting each cell that cannot be read. */
  private static final class Reading {
    final Problems problems;
    final Set<Cell> broken = new HashSet<>();

    Reading(Problems problems) {
      this.problems = problems;
    }

    /** The row by column, or {@code null} for a row of blank cells. */
    Row row(List<String> header, List<Cell> cells) {
      if (cells.stream().allMatch(cell -> cell.text().isEmpty())) {
        return null;
      }
      var byColumn = new LinkedHashMap<String, Cell>();
      for (int i = 0; i < cells.size(); i++) {
        Cell cell = cells.get(i);
        if (i < header.size()) {
          byColumn.put(header.get(i), new Cell(header.get(i), cell.text(), cell.position()));
        } else if (!cell.text().isEmpty()) {
          problems.add(
              cell.position(), TreePath.root(), problems.say("csv.beyondLast", header.size()));
        }
      }
      return new Row(byColumn, cells.get(0).position());
    }

    IndicatorValue value(Row row) {
      year(row);
      BigDecimal value = number(row.cell("value"));
      var sex = new LinkedHashMap<String, BigDecimal>();
      for (Cell cell : row.cells().values()) {
        if (SEX.contains(cell.column()) && !cell.text().isEmpty()) {
          BigDecimal count = number(cell);
          if (count != null) {
            sex.put(cell.column(), count);
          }
        }
      }
      return new IndicatorValue(
          row.cell("indicator").text(),
          value,
          null,
          sex.isEmpty() ? Map.of() : Map.of(IndicatorValue.SEX, sex),
          null);
    }

    Integer year(Row row) {
      Cell cell = row.cell("year");
      if (WHOLE_NUMBER.matcher(cell.text()).matches()) {
        return Integer.parseInt(cell.text());
      }
      if (broken.add(cell)) {
        problems.add(
            cell.position(), TreePath.of("year"), problems.say("expected.year", found(cell)));
      }
      return null;
    }

    private BigDecimal number(Cell cell) {
      if (NUMBER.matcher(cell.text()).matches()) {
        return new BigDecimal(cell.text());
      }
      broken.add(cell);
      problems.add(
          cell.position(),
          TreePath.of(cell.column()),
          problems.say("expected.number", found(cell)));
      return null;
    }

    private String found(Cell cell) {
      return cell.text().isEmpty()
          ? problems.say("found.nothing")
          : problems.words().quote(cell.text());
    }
  }
}
