package org.napcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;
import org.napcheck.rules.NapChecker;

/**
 * Checks every plan under a folder: one report each (or, split by body, one folder each), a summary
 * of all, and no stop at a plan that cannot be read — the summary names it and the exit code says
 * so.
 */
final class Batch {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Words words;
  private final CheckRun run;
  private final Function<Plan, NapChecker> checkers;

  /** One line of the summary. */
  record Row(
      String file,
      String plan,
      int errors,
      int warnings,
      int info,
      String report,
      String failure) {}

  /** What came of one plan: its line, whether it could not be read, whether it fails the run. */
  private record Outcome(Row row, boolean failed, boolean fails) {}

  /**
   * @param words the run's language, that of the summary
   * @param checkers the checker of a plan, in its language
   */
  Batch(
      PrintWriter out,
      PrintWriter err,
      Words words,
      CheckRun run,
      Function<Plan, NapChecker> checkers) {
    this.out = out;
    this.err = err;
    this.words = words;
    this.run = run;
    this.checkers = checkers;
  }

  /**
   * Checks the plans under {@code folder}; writes their reports and the summary into {@code
   * outputFolder} when not {@code null}; returns the exit code.
   *
   * @param inputs every file the run reads: none may be written to
   */
  int run(Path folder, Path outputFolder, boolean split, List<Path> inputs) throws IOException {
    List<Path> plans = plansUnder(folder, outputFolder);
    BatchOutput output =
        outputFolder == null
            ? null
            : BatchOutput.create(outputFolder, folder, plans, run.format(), split, inputs);
    boolean progress = Terminal.isStderr();
    var rows = new ArrayList<Row>();
    boolean anyFailed = false;
    boolean anyAbove = false;
    for (int i = 0; i < plans.size(); i++) {
      Path planFile = plans.get(i);
      String relative = Errors.name(folder.relativize(planFile));
      if (progress) {
        err.print("\r\u001b[K[" + (i + 1) + "/" + plans.size() + "] " + relative);
        err.flush();
      }
      Outcome outcome = check(planFile, relative, output);
      rows.add(outcome.row());
      anyFailed |= outcome.failed();
      anyAbove |= outcome.fails();
    }
    if (progress) {
      err.print("\r\u001b[K");
      err.flush();
    }
    printSummary(rows);
    if (output != null) {
      output.writeSummary(rows);
    }
    if (anyFailed) {
      err.println(
          "napcheck: "
              + words.get(
                  "batch.unread",
                  rows.stream().filter(row -> !row.failure().isEmpty()).count(),
                  rows.size()));
      return ExitCode.BAD_INPUT;
    }
    return anyAbove ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  /**
   * The plans under {@code folder}, none under the output folder; refuses the plans' folder as the
   * output folder, and a folder without plans.
   */
  private static List<Path> plansUnder(Path folder, Path outputFolder) throws IOException {
    if (outputFolder != null && Options.samePath(outputFolder, folder)) {
      throw Errors.UserError.of(
          "batch.outputIsPlans", Errors.name(outputFolder), Errors.name(folder.resolve("reports")));
    }
    // The output folder is never searched: a second run must not read the first one's reports.
    List<Path> plans = CheckCommand.planFiles(folder, outputFolder);
    if (plans.isEmpty()) {
      throw Errors.UserError.of("batch.noPlan", Errors.name(folder));
    }
    return plans;
  }

  /**
   * Checks one plan with the monitoring folder beside it and writes its report into {@code output}
   * (when not {@code null}); a plan that cannot be read, its line says why.
   */
  private Outcome check(Path planFile, String relative, BatchOutput output) throws IOException {
    Words planWords = words;
    try {
      Plan plan = run.reader().readPlan(planFile);
      NapChecker checker = checkers.apply(plan);
      // Once the plan is read, what is said of it is in its language.
      planWords = new Words(checker.locale());
      Path monitoring = planFile.resolveSibling("monitoring");
      List<MonitoringReport> reports =
          Files.isDirectory(monitoring)
              ? run.reader().withLocale(checker.locale()).readMonitoring(monitoring)
              : List.of();
      CheckReport report = checker.check(plan, reports, run.asOf(), run.waivers());
      var context = new ReportContext(report, plan, checker.catalog(), checker.locale());
      String written = output == null ? "" : output.write(planFile, context);
      var summary = report.summary();
      var row =
          new Row(
              relative,
              plan.id(),
              summary.get(Severity.ERROR),
              summary.get(Severity.WARNING),
              summary.get(Severity.INFO),
              written,
              "");
      return new Outcome(row, false, run.fails(report));
    } catch (IOException | RuntimeException failure) {
      if (failure instanceof RuntimeException
          && Errors.exitCode(failure) == ExitCode.INTERNAL_ERROR) {
        throw failure;
      }
      var row = new Row(relative, "", 0, 0, 0, "", Errors.describe(failure, planWords));
      return new Outcome(row, true, false);
    }
  }

  private void printSummary(List<Row> rows) {
    int width = Math.max(4, rows.stream().mapToInt(row -> row.file().length()).max().orElse(4));
    out.printf(
        "%-" + width + "s  %-14s %7s %9s %6s  %s%n",
        words.get("batch.plan"),
        words.get("batch.id"),
        words.get("batch.errors"),
        words.get("batch.warnings"),
        words.get("batch.info"),
        words.get("batch.report"));
    for (Row row : rows) {
      if (row.failure().isEmpty()) {
        out.printf(
            "%-" + width + "s  %-14s %7d %9d %6d  %s%n",
            row.file(),
            row.plan(),
            row.errors(),
            row.warnings(),
            row.info(),
            row.report());
      } else {
        out.printf(
            "%-" + width + "s  %s%n",
            row.file(),
            words.get("batch.failed", row.failure().replace("\n", "\n  ")));
      }
    }
    out.flush();
  }
}
