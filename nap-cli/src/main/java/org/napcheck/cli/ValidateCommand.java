package org.napcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (YAML, JSON or XLSX).")
  Path plan;

  @Option(
      names = "--monitoring",
      paramLabel = "PATH",
      description = "Monitoring data to validate too; repeatable.")
  List<Path> monitoring = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    NapReader reader = new NapReader();
    PrintWriter out = spec.commandLine().getOut();
    Plan read = PlanFiles.read(reader, plan);
    out.printf(
        "%s: valid plan %s (%d pillars, %d objectives, %d actions, %d indicators, %d actors)%n",
        plan,
        read.id(),
        read.pillars().size(),
        read.objectives().count(),
        read.actions().count(),
        read.indicators().count(),
        read.actors().size());
    var reports = new ArrayList<MonitoringReport>();
    for (Path path : monitoring) {
      reports.addAll(reader.readMonitoring(path));
      out.printf("%s: valid monitoring data%n", path);
    }
    if (!reports.isEmpty()) {
      out.printf("%d monitoring reports%n", reports.size());
    }
    out.flush();
    return ExitCode.CLEAN;
  }
}
