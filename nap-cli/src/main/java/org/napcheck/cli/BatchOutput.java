package org.napcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.napcheck.report.ReportContext;

/**
 * The output folder of a folder run: a report per plan (or, split by body, a folder per plan) and
 * {@code summary.csv}, never over an input or a plan found.
 */
final class BatchOutput {
  private final Path folder;
  private final Path plansFolder;
  private final OutputFormat format;
  private final boolean split;
  private final List<Path> inputs;

  /** Every plan found, as the file system knows it: no report may land on one. */
  private final Set<Path> plans;

  /** The names of the reports written so far. */
  private final Set<String> names = new HashSet<>();

  private BatchOutput(
      Path folder,
      Path plansFolder,
      OutputFormat format,
      boolean split,
      List<Path> inputs,
      Set<Path> plans) {
    this.folder = folder;
    this.plansFolder = plansFolder;
    this.format = format;
    this.split = split;
    this.inputs = inputs;
    this.plans = plans;
  }

  /**
   * Creates {@code folder} for the reports of the plans found under {@code plansFolder}; refuses a
   * folder over an input, a plan or a plan's monitoring folder.
   */
  static BatchOutput create(
      Path folder,
      Path plansFolder,
      List<Path> plans,
      OutputFormat format,
      boolean split,
      List<Path> inputs)
      throws IOException {
    var planPaths = new HashSet<Path>();
    for (Path plan : plans) {
      planPaths.add(plan.toRealPath());
    }
    var output = new BatchOutput(folder, plansFolder, format, split, inputs, planPaths);
    output.refuseToOverwrite(folder);
    for (Path plan : plans) {
      Path monitoring = plan.resolveSibling("monitoring");
      if (Options.samePath(folder, monitoring)) {
        throw Errors.UserError.of(
            "batch.outputIsMonitoring", Errors.name(folder), Errors.name(plan));
      }
    }
    Options.createFolder(folder);
    return output;
  }

  /** Writes the report of a plan; returns where. */
  String write(Path planFile, ReportContext context) throws IOException {
    if (split) {
      Path subfolder = folder.resolve(uniqueName(planFile, ""));
      return SplitReports.write(subfolder, format, context, inputs).toString();
    }
    Path target =
        folder.resolve(uniqueName(planFile, "." + format.extension()) + "." + format.extension());
    refuseToOverwrite(target);
    Options.write(target, format.bytes(context));
    return target.toString();
  }

  void writeSummary(List<Batch.Row> rows) throws IOException {
    Path summary = folder.resolve("summary.csv");
    refuseToOverwrite(summary);
    Options.write(summary, summaryCsv(rows).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A report name from the plan's folder, e.g. {@code lu-wps-2}; made unique if need be, and never
   * a plan's file name ({@code plan.json} becomes {@code plan-report.json}), so that no later run
   * takes a report for a plan.
   */
  private String uniqueName(Path planFile, String suffix) {
    Path parent = plansFolder.relativize(planFile.getParent());
    String base =
        parent.toString().isEmpty()
            ? "plan"
            : parent.toString().replace('/', '_').replace('\\', '_');
    if (CheckCommand.isPlanFileName(base + suffix)) {
      base = base + "-report";
    }
    String name = base;
    for (int n = 2; !names.add(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  /**
   * Refuses a report over an input or a plan found; the plans by a set, so that a run over
   * thousands of plans does not compare each report with each plan.
   */
  private void refuseToOverwrite(Path target) throws IOException {
    Options.refuseToOverwrite(target, inputs);
    Path real = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath().normalize();
    if (plans.contains(real)) {
      throw Errors.UserError.of("output.overInput", Errors.name(target));
    }
  }

  private static String summaryCsv(List<Batch.Row> rows) {
    var csv = new StringBuilder("file,plan,errors,warnings,info,report,failure\r\n");
    for (Batch.Row row : rows) {
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
