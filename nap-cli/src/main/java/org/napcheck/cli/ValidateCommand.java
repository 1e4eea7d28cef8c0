package org.napcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.napcheck.io.NapReader;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code napcheck validate}: can these files be checked at all? The format and Bean Validation
 * only.
 */
@Command(
    name = "validate",
    description =
        "Checks that a plan (and monitoring data) can be read: format and Bean Validation only.")
final class ValidateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Parameters(
      index = "0",
      paramLabel = "PLAN",
      descriptionKey = "plan",
      description = "The plan file (YAML, JSON or XLSX).")
  Path plan;

  @Option(
      names = "--monitoring",
      paramLabel = "PATH",
      description = "Monitoring data to validate too; repeatable.")
  List<Path> monitoring = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    NapReader reader = new NapReader().withLocale(common.locale());
    PrintWriter out = spec.commandLine().getOut();
    Plan read = reader.readPlan(plan);
    Locale locale = common.locale(read);
    Words words = new Words(locale);
    out.println(
        words.get(
            "validate.plan",
            plan.toString(),
            read.id(),
            read.pillars().size(),
            read.objectives().count(),
            read.actions().count(),
            read.indicators().count(),
            read.actors().size()));
    var reports = new ArrayList<MonitoringReport>();
    for (Path path : monitoring) {
      reports.addAll(PlanFiles.monitoring(reader, List.of(path), locale));
      out.println(words.get("validate.monitoring", path.toString()));
    }
    if (!reports.isEmpty()) {
      out.println(words.get("validate.reports", reports.size()));
    }
    out.flush();
    return ExitCode.CLEAN;
  }
}
