package org.napcheck.report.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.report.ReportContext;

/**
 * One row per finding, for spreadsheets: UTF-8 with a byte-order mark (so that spreadsheet programs
 * read accents right), RFC 4180 quoting, and every cell that a spreadsheet would take for a formula
 * made inert.
 */
public final class CsvReport {
  /** The columns, one per part of a finding: the spreadsheet report has the same. */
  public static final List<String> HEADER =
      List.of(
          "severity",
          "rule",
          "pillar",
          "objective",
          "action",
          "indicator",
          "year",
          "reporter",
          "actor",
          "message",
          "evidence",
          "waived",
          "waiverReason");

  private CsvReport() {}

  public static String render(ReportContext context) {
    var out = new StringBuilder("\uFEFF");
    row(out, HEADER);
    for (Finding finding : context.report().findings()) {
      Location location = finding.location();
      row(
          out,
          List.of(
              finding.severity().code(),
              finding.rule(),
              text(location.pillar()),
              text(location.objective()),
              text(location.action()),
              text(location.indicator()),
              location.year() == null ? "" : location.year().toString(),
              text(location.reporter()),
              text(location.actor()),
              finding.message(),
              evidence(finding.evidence()),
              Boolean.toString(finding.waived()),
              finding.waived() ? finding.waiver().reason() : ""));
    }
    return out.toString();
  }

  /**
   * A cell as a spreadsheet will show it and never run it: one that starts with {@code =}, {@code
   * +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (OWASP, CSV
   * injection).
   */
  static String neutralise(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }

  static void row(StringBuilder out, List<String> cells) {
    out.append(
        cells.stream().map(cell -> quote(neutralise(cell))).collect(Collectors.joining(",")));
    out.append("\r\n");
  }

  private static String quote(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }

  /** The evidence in one cell: {@code name=value; name=value}. */
  public static String evidence(Map<String, String> evidence) {
    return evidence.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .collect(Collectors.joining("; "));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
