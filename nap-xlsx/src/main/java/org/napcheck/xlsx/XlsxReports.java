package org.napcheck.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.napcheck.io.AtomicFiles;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;
import org.napcheck.report.internal.CsvReport;

/**
 * Findings as a workbook, for people who work in spreadsheets: a sheet {@code Findings} (one row
 * per finding, the columns of the CSV report, a bold frozen header with filters), a sheet {@code
 * Rules} (what each rule finds, why it matters and how to fix it) and a sheet {@code Summary}.
 * Every text is a text cell, shown as written and never computed, even one that starts with {@code
 * =}.
 *
 * <pre>{@code
 * new XlsxReports()
 *     .write(new ReportContext(report, plan, checker.catalog(), Locale.FRENCH),
 *         Path.of("findings.xlsx"));
 * }</pre>
 */
public final class XlsxReports {
  /** The columns of the sheet Findings, as in the CSV report. */
  public static final List<String> FINDING_COLUMNS = CsvReport.HEADER;

  private static final List<String> RULE_COLUMNS =
      List.of("id", "severity", "title", "fired", "why", "source", "fix");

  /** A writer of workbooks of findings; thread-safe. */
  public XlsxReports() {}

  /** The report as a workbook. */
  public byte[] bytes(ReportContext context) {
    Objects.requireNonNull(context, "context");
    try (var out = new Writing()) {
      findings(out, context.report());
      rules(out, context);
      summary(out, context);
      return out.bytes();
    }
  }

  /** Writes the report as a workbook, atomically. */
  public void write(ReportContext context, Path file) throws IOException {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(file, "file");
    new AtomicFiles().write(file, bytes(context));
  }

  private static void findings(Writing out, CheckReport report) {
    Sheet sheet =
        out.table(
            "Findings", FINDING_COLUMNS, List.of(9, 10, 7, 10, 10, 12, 7, 16, 16, 80, 40, 8, 30));
    int r = 1;
    for (Finding finding : report.findings()) {
      Location location = finding.location();
      Row row = sheet.createRow(r++);
      out.text(row, 0, finding.severity().code());
      out.text(row, 1, finding.rule());
      out.text(row, 2, location.pillar());
      out.text(row, 3, location.objective());
      out.text(row, 4, location.action());
      out.text(row, 5, location.indicator());
      out.number(row, 6, location.year());
      out.text(row, 7, location.reporter());
      out.text(row, 8, location.actor());
      out.shortened(row, 9, finding.message());
      out.shortened(row, 10, CsvReport.evidence(finding.evidence()));
      out.bool(row, 11, finding.waived());
      out.shortened(row, 12, finding.waived() ? finding.waiver().reason() : null);
    }
    Writing.filter(sheet, 0, FINDING_COLUMNS.size());
  }

  private static void rules(Writing out, ReportContext context) {
    Sheet sheet = out.table("Rules", RULE_COLUMNS, List.of(10, 9, 50, 7, 60, 40, 60));
    Map<String, Integer> fired = new HashMap<>();
    context.report().rules().forEach(rule -> fired.put(rule.id(), rule.fired()));
    int r = 1;
    for (RuleInfo rule : context.catalog()) {
      Row row = sheet.createRow(r++);
      out.text(row, 0, rule.id());
      out.text(row, 1, rule.severity().code());
      out.shortened(row, 2, rule.title());
      out.number(row, 3, fired.get(rule.id()));
      out.shortened(row, 4, rule.why());
      out.shortened(row, 5, rule.source());
      out.shortened(row, 6, rule.fix());
    }
    Writing.filter(sheet, 0, RULE_COLUMNS.size());
  }

  private static void summary(Writing out, ReportContext context) {
    CheckReport report = context.report();
    Sheet sheet = out.table("Summary", List.of("field", "value"), List.of(16, 80));
    Map<Severity, Integer> counts = report.summary();
    Object[][] rows = {
      {"plan", report.plan()},
      {"title", context.planAtHand().map(plan -> plan.title()).orElse(null)},
      {"asOf", report.asOf() == null ? null : report.asOf().toString()},
      {"ruleSet", report.ruleSet()},
      {"error", counts.get(Severity.ERROR)},
      {"warning", counts.get(Severity.WARNING)},
      {"info", counts.get(Severity.INFO)},
      {"waived", (int) report.findings().stream().filter(Finding::waived).count()},
      {
        "notApplied",
        report.notApplied().stream()
            .map(reason -> String.join(", ", reason.rules()) + ": " + reason.message())
            .reduce((first, second) -> first + " " + second)
            .orElse(null)
      },
    };
    int r = 1;
    for (Object[] values : rows) {
      Row row = sheet.createRow(r++);
      out.text(row, 0, (String) values[0]);
      if (values[1] instanceof Integer count) {
        out.number(row, 1, count);
      } else {
        out.shortened(row, 1, (String) values[1]);
      }
    }
  }
}
