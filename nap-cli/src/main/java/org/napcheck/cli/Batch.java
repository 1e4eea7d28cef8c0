package org.napcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Severity;
import org.napcheck.model.Waiver;
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

  /** One line of the summary. */
  record Row(
      String file,
      String plan,
      int errors,
      int warnings,
      int info,
      String report,
      String failure) {}

  Batch(PrintWriter out, PrintWriter err, Words words) {
    this.out = out;
    this.err = err;
    this.words = words;
  }

  int run(
      Path folder,
      Path outputFolder,
      OutputFormat format,
      Function<Plan, NapChecker> checkers,
      NapReader reader,
      LocalDate asOf,
      List<Waiver> waivers,
      Severity threshold,
      List<Path> inputs,
      boolean split)
      throws IOException {
    if (outputFolder != null && Options.samePath(outputFolder, folder)) {
      throw Errors.UserError.of(
          "batch.outputIsPlans", Errors.name(outputFolder), Errors.name(folder.resolve("reports")));
    }
    // The output folder is never searched: a second run must not read the first one's reports.
    List<Path> plans = CheckCommand.planFiles(folder, outputFolder);
    if (plans.isEmpty()) {
      throw Errors.UserError.of("batch.noPlan", Errors.name(folder));
    }
    // Every plan found, as the file system knows it: no report may land on one.
    var planPaths = new HashSet<Path>();
    for (Path plan : plans) {
      planPaths.add(plan.toRealPath());
    }
    if (outputFolder != null) {
      refuseToOverwrite(outputFolder, inputs, planPaths);
      for (Path plan : plans) {
        Path monitoring = plan.resolveSibling("monitoring");
        if (Options.samePath(outputFolder, monitoring)) {
          throw Errors.UserError.of(
              "batch.outputIsMonitoring", Errors.name(outputFolder), Errors.name(plan));
        }
      }
      Options.createFolder(outputFolder);
    }
    boolean progress = Terminal.isStderr();
    var rows = new ArrayList<Row>();
    var names = new HashSet<String>();
    boolean anyFailed = false;
    boolean anyAbove = false;
    for (int i = 0; i < plans.size(); i++) {
      Path planFile = plans.get(i);
      String relative = Errors.name(folder.relativize(planFile));
      if (progress) {
        err.print("\r\u001b[K[" + (i + 1) + "/" + plans.size() + "] " + relative);
        err.flush();
      }
      Words planWords = words;
      try {
        Plan plan = reader.readPlan(planFile);
        NapChecker checker = checkers.apply(plan);
        // Once the plan is read, what is said of it is in its language.
        planWords = new Words(checker.locale());
        Path monitoring = planFile.resolveSibling("monitoring");
        List<MonitoringReport> reports =
            Files.isDirectory(monitoring)
                ? reader.withLocale(checker.locale()).readMonitoring(monitoring)
                : List.of();
        CheckReport report = checker.check(plan, reports, asOf, waivers);
        String written = "";
        var context = new ReportContext(report, plan, checker.catalog(), checker.locale());
        if (outputFolder != null && split) {
          Path subfolder = outputFolder.resolve(uniqueName(folder, planFile, names, ""));
          written = SplitReports.write(subfolder, format, context, inputs).toString();
        } else if (outputFolder != null) {
          Path target =
              outputFolder.resolve(
                  uniqueName(folder, planFile, names, "." + format.extension())
                      + "."
                      + format.extension());
          refuseToOverwrite(target, inputs, planPaths);
          Options.write(target, format.bytes(context));
          written = target.toString();
        }
        var summary = report.summary();
        rows.add(
            new Row(
                relative,
                plan.id(),
                summary.get(Severity.ERROR),
                summary.get(Severity.WARNING),
                summary.get(Severity.INFO),
                written,
                ""));
        anyAbove |= threshold != null && report.hasFindingsAtOrAbove(threshold);
      } catch (IOException | RuntimeException failure) {
        if (failure instanceof RuntimeException
            && Errors.exitCode(failure) == ExitCode.INTERNAL_ERROR) {
          throw failure;
        }
        anyFailed = true;
        rows.add(new Row(relative, "", 0, 0, 0, "", Errors.describe(failure, planWords)));
      }
    }
    if (progress) {
      err.print("\r\u001b[K");
      err.flush();
    }
    printSummary(rows);
    if (outputFolder != null) {
      refuseToOverwrite(outputFolder.resolve("summary.csv"), inputs, planPaths);
      Options.write(
          outputFolder.resolve("summary.csv"), summaryCsv(rows).getBytes(StandardCharsets.UTF_8));
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
   * A report name from the plan's folder, e.g. {@code lu-wps-2}; made unique if need be, and never
   * a plan's file name ({@code plan.json} becomes {@code plan-report.json}), so that no later run
   * takes a report for a plan.
   */
  private static String uniqueName(Path folder, Path planFile, Set<String> taken, String suffix) {
    Path parent = folder.relativize(planFile.getParent());
    String base =
        parent.toString().isEmpty()
            ? "plan"
            : parent.toString().replace('/', '_').replace('\\', '_');
    if (CheckCommand.isPlanFileName(base + suffix)) {
      base = base + "-report";
    }
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  /**
   * Refuses a report over an input or a plan found; the plans by a set, so that a run over
   * thousands of plans does not compare each report with each plan.
   */
  private static void refuseToOverwrite(Path target, List<Path> inputs, Set<Path> plans)
      throws IOException {
    Options.refuseToOverwrite(target, inputs);
    Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath().normalize();
    if (plans.contains(real)) {
      throw Errors.UserError.of("output.overInput", Errors.name(target));
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

  private static String summaryCsv(List<Row> rows) {
    var csv = new StringBuilder("file,plan,errors,warnings,info,report,failure\r\n");
    for (Row row : rows) {
      csv.append(
              String.join(
                  ",",
                  cell(row.file()),
                  cell(row.plan()),
                  Integer.toString(row.errors()),
                  Integer.toString(row.warnings()),
                  Integer.toString(row.info()),
                  cell(row.report()),
                  cell(row.failure())))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String cell(String text) {
    String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
