package org.napcheck.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.napcheck.io.AtomicFiles;
import org.napcheck.io.NapReader;
import org.napcheck.io.NapWriter;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;
import org.napcheck.report.ReportFormat;
import org.napcheck.rules.NapChecker;

/**
 * A nightly job over a folder of plans: every {@code plan.yaml} under it is checked with the {@code
 * monitoring/} folder beside it, a JSON and an HTML report are written for each, and the exit code
 * tells the scheduler how it went: {@code 0} nothing at or above the threshold, {@code 1} findings
 * at or above it, {@code 2} a plan that could not be read (the others are still checked). The same
 * codes as {@code napcheck check DIR}.
 *
 * <pre>
 * java ... org.napcheck.examples.NightlyBatchExample plans/ reports/ [2027-04-01]
 * </pre>
 */
public final class NightlyBatchExample {
  static final int CLEAN = 0;
  static final int FINDINGS = 1;
  static final int UNREADABLE = 2;

  private NightlyBatchExample() {}

  /** Checks every plan under {@code plans}, writes reports into {@code reports}. */
  public static int run(Path plans, Path reports, LocalDate asOf, Severity failOn, PrintStream log)
      throws IOException {
    NapChecker checker = NapChecker.withDefaults();
    NapReader reader = new NapReader();
    List<Path> planFiles;
    try (Stream<Path> files = Files.walk(plans)) {
      planFiles =
          files.filter(file -> file.getFileName().toString().equals("plan.yaml")).sorted().toList();
    }
    int exitCode = CLEAN;
    var files = new AtomicFiles();
    for (Path planFile : planFiles) {
      String name = plans.relativize(planFile.getParent()).toString().replace('/', '_');
      try {
        Plan plan = reader.readPlan(planFile);
        Path monitoring = planFile.resolveSibling("monitoring");
        List<MonitoringReport> data =
            Files.isDirectory(monitoring) ? reader.readMonitoring(monitoring) : List.of();
        CheckReport report = checker.check(plan, data, asOf);
        files.write(reports.resolve(name + ".json"), new NapWriter().reportToJson(report));
        files.write(
            reports.resolve(name + ".html"),
            ReportFormat.HTML.render(
                new ReportContext(report, plan, checker.catalog(), Locale.ENGLISH)));
        var summary = report.summary();
        log.printf(
            "%s: %d errors, %d warnings, %d info%n",
            name,
            summary.get(Severity.ERROR),
            summary.get(Severity.WARNING),
            summary.get(Severity.INFO));
        if (report.hasFindingsAtOrAbove(failOn) && exitCode == CLEAN) {
          exitCode = FINDINGS;
        }
      } catch (IOException e) {
        // A NapFormatException says what is wrong, and where: the log is what people read.
        log.printf("%s: cannot be checked%n%s%n", name, e.getMessage());
        exitCode = UNREADABLE;
      }
    }
    return exitCode;
  }

  public static void main(String[] args) throws IOException {
    Path plans = args.length > 0 ? Path.of(args[0]) : ExampleData.luxembourg().getParent();
    Path reports = args.length > 1 ? Path.of(args[1]) : Path.of("target", "nightly");
    LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now();
    System.exit(run(plans, reports, asOf, Severity.ERROR, System.out));
  }
}
