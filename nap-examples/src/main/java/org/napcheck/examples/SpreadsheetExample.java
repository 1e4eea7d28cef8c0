package org.napcheck.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Plan;
import org.napcheck.report.ReportContext;
import org.napcheck.rules.NapChecker;
import org.napcheck.xlsx.XlsxPlans;
import org.napcheck.xlsx.XlsxReports;

/**
 * Plans and findings in spreadsheets, for ministries that work in them: Luxembourg's plan written
 * to napcheck's template and as the published tables, read back, checked, and its findings written
 * to a workbook. Needs {@code org.apache.poi:poi-ooxml} (and, for its logging, {@code
 * org.apache.logging.log4j:log4j-to-slf4j}) beside nap-io.
 */
public final class SpreadsheetExample {
  private SpreadsheetExample() {}

  /**
   * Writes the three workbooks into {@code folder}; returns the plan read back from the template.
   */
  public static Plan run(Path folder) throws IOException {
    var xlsx = new XlsxPlans();
    Plan plan = new NapReader().readPlan(ExampleData.luxembourg().resolve("plan.yaml"));
    xlsx.writeTemplate(plan, folder.resolve("lu-wps-2-template.xlsx"));
    xlsx.writePublishedTables(plan, folder.resolve("lu-wps-2-tables.xlsx"));

    Plan read = xlsx.read(folder.resolve("lu-wps-2-template.xlsx"));
    NapChecker checker = NapChecker.withDefaults();
    CheckReport report = checker.check(read, List.of(), LocalDate.of(2030, 1, 1));
    new XlsxReports()
        .write(
            new ReportContext(report, read, checker.catalog(), Locale.ENGLISH),
            folder.resolve("lu-wps-2-findings.xlsx"));
    return read;
  }

  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : Path.of("target", "spreadsheets");
    Plan read = run(folder);
    System.out.printf(
        "%s: %d actions read back from the template; workbooks in %s%n",
        read.id(), read.actions().count(), folder.toAbsolutePath());
  }
}
