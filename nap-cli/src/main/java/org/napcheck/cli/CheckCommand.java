package org.napcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Severity;
import org.napcheck.model.Waiver;
import org.napcheck.report.ReportContext;
import org.napcheck.rules.NapChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code napcheck check}: one plan, or every plan under a folder. */
@Command(
    name = "check",
    description = {
      "Checks a plan with its monitoring data, as of a date.",
      "Given a folder, checks every plan.yaml|plan.yml|plan.json|plan.xlsx under it, each with the",
      "monitoring/ folder beside it, writes one report each into --output, and a summary."
    })
final class CheckCommand implements Callable<Integer> {
  private static final List<String> PLAN_FILE_NAMES =
      List.of("plan.yaml", "plan.yml", "plan.json", "plan.xlsx");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(
      index = "0",
      paramLabel = "PLAN|DIR",
      descriptionKey = "plan",
      description = "A plan file (YAML, JSON or XLSX), or a folder of plans.")
  Path input;

  @Option(
      names = "--monitoring",
      paramLabel = "PATH",
      description = "A monitoring report (YAML, JSON, CSV) or a folder of them; repeatable.")
  List<Path> monitoring = new ArrayList<>();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Check as of this day, YYYY-MM-DD (default: today).")
  String asOf;

  @Option(
      names = "--format",
      paramLabel = "text|json|csv|md|html|sarif|xlsx",
      description = "Report format (default: text); xlsx needs --output.")
  String format = "text";

  @Option(
      names = "--output",
      paramLabel = "FILE|DIR",
      description =
          "Write the report here (a folder for a folder of plans); default: standard output.")
  Path output;

  @Option(
      names = "--split-by",
      paramLabel = "actor",
      description = {
        "Write one report per responsible body into the --output folder, and an index;",
        "for a folder of plans, a subfolder per plan."
      })
  String splitBy;

  @Option(
      names = "--rules",
      paramLabel = "EXTRA.drl",
      description = "Extra rules in DRL; repeatable.")
  List<Path> extraRules = new ArrayList<>();

  @Option(
      names = "--waivers",
      paramLabel = "FILE",
      description = "Accepted findings (YAML or JSON).")
  Path waivers;

  @Option(
      names = "--fail-on",
      paramLabel = "error|warning|info|never",
      description = "Exit with 1 when a finding not waived is at or above this (default: error).")
  String failOn = "error";

  @Option(
      names = "--disable",
      paramLabel = "RULE",
      description = "Switch a rule off by id; repeatable.")
  List<String> disabled = new ArrayList<>();

  @Option(
      names = "--due-soon-months",
      paramLabel = "N",
      description = "Actions due within N months and not started are flagged (default: 12).")
  String dueSoonMonths = "12";

  @Override
  public Integer call() throws IOException {
    LocalDate asOfDay = Options.asOf(asOf);
    Options.dueSoonMonths(dueSoonMonths);
    OutputFormat reportFormat = Options.format(format);
    Severity threshold = Options.threshold(failOn);
    SplitReports.checkUsage(splitBy, output);
    if (output != null) {
      // A split writes into the folder itself; a report, into the folder that holds it.
      Path folder = splitBy != null ? output : output.toAbsolutePath().getParent();
      Options.refuseToWriteInto(folder, monitoring);
    }
    LocalDate day = asOfDay != null ? asOfDay : LocalDate.now();
    NapReader reader = new NapReader().withLocale(common.locale());
    List<Waiver> accepted = waivers == null ? List.of() : reader.readWaivers(waivers);
    var run = new CheckRun(reader, day, accepted, threshold, reportFormat);
    return Files.isDirectory(input) ? checkFolder(run) : checkPlan(run);
  }

  /** Every plan under the folder, each in its language, and a summary. */
  private int checkFolder(CheckRun run) throws IOException {
    Map<Locale, NapChecker> checkers = new HashMap<>();
    // Built first, so that extra rules that cannot be read or compiled stop the run at once.
    checkers.put(common.locale(), checker(common.locale()));
    checkers.get(common.locale()).refuseUnknownRules(run.waivers());
    var batch =
        new Batch(
            spec.commandLine().getOut(),
            spec.commandLine().getErr(),
            new Words(common.locale()),
            run,
            plan -> checker(checkers, common.locale(plan)));
    return batch.run(input, output, splitBy != null, inputs());
  }

  /** One plan: its report to standard output, into a file, or split by body into a folder. */
  private int checkPlan(CheckRun run) throws IOException {
    if (output == null && !run.format().isText()) {
      throw Errors.UserError.of("option.xlsxNeedsOutput");
    }
    Plan plan = run.reader().readPlan(input);
    Locale locale = common.locale(plan);
    NapChecker checker = checker(locale);
    checker.refuseUnknownRules(run.waivers());
    List<MonitoringReport> reports = PlanFiles.monitoring(run.reader(), monitoring, locale);
    CheckReport report = checker.check(plan, reports, run.asOf(), run.waivers());
    var context = new ReportContext(report, plan, checker.catalog(), locale);
    OutputFormat reportFormat = run.format();
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(
          reportFormat.text().render(context.withColour(Options.colourFor(reportFormat.text()))));
      out.flush();
    } else if (splitBy != null) {
      Path index = SplitReports.write(output, reportFormat, context, inputs());
      spec.commandLine().getErr().println(Options.summaryLine(report, index, new Words(locale)));
    } else {
      Options.refuseToOverwrite(output, inputs());
      Options.write(output, reportFormat.bytes(context));
      spec.commandLine().getErr().println(Options.summaryLine(report, output, new Words(locale)));
    }
    return run.fails(report) ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  /** One checker per language of the run, built when first needed. */
  private NapChecker checker(Map<Locale, NapChecker> checkers, Locale locale) {
    NapChecker checker = checkers.get(locale);
    if (checker == null) {
      try {
        checker = checker(locale);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      checkers.put(locale, checker);
    }
    return checker;
  }

  private NapChecker checker(Locale locale) throws IOException {
    NapChecker.Builder builder =
        NapChecker.builder()
            .locale(locale)
            .dueSoonWindow(Period.ofMonths(Options.dueSoonMonths(dueSoonMonths)))
            .disableRules(disabled.toArray(String[]::new));
    for (Path rules : extraRules) {
      builder.extraRules(rules);
    }
    return builder.build();
  }

  /** Every file this run reads: none of them may be written to. */
  private List<Path> inputs() {
    var paths = new ArrayList<Path>();
    paths.add(input);
    paths.addAll(monitoring);
    paths.addAll(extraRules);
    if (waivers != null) {
      paths.add(waivers);
    }
    return paths;
  }

  /**
   * The plan files under a folder, in a stable order, leaving out the folder {@code skipped} (the
   * output folder, may be {@code null}) and everything under it.
   */
  static List<Path> planFiles(Path folder, Path skipped) throws IOException {
    Path skip = skipped == null ? null : skipped.toAbsolutePath().normalize();
    Object skipKey = skip == null || !Files.isDirectory(skip) ? null : fileKey(skip);
    var plans = new ArrayList<Path>();
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            boolean output =
                skip != null
                    && (dir.toAbsolutePath().normalize().equals(skip)
                        || (skipKey != null && skipKey.equals(attributes.fileKey())));
            return output ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            boolean regular =
                attributes.isRegularFile()
                    || (attributes.isSymbolicLink() && Files.isRegularFile(file));
            if (regular
                && PLAN_FILE_NAMES.contains(file.getFileName().toString())
                && !file.getParent().getFileName().toString().equals("monitoring")) {
              plans.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException failure)
              throws IOException {
            throw failure;
          }
        });
    plans.sort(null);
    return plans;
  }

  /** Whether a file of this name would be taken for a plan in a folder run. */
  static boolean isPlanFileName(String name) {
    return PLAN_FILE_NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  private static Object fileKey(Path folder) throws IOException {
    return Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
  }
}
