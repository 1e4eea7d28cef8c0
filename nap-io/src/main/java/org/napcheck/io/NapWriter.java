package org.napcheck.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.napcheck.io.internal.Format;
import org.napcheck.io.internal.ModelTrees;
import org.napcheck.io.internal.ReportTrees;
import org.napcheck.io.internal.Writers;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;

/**
 * Writes plans, monitoring reports and check reports in the formats {@link NapReader} reads, so
 * that reading what was written gives an equal value. Fields come in the documented order; {@code
 * null} values and empty lists are left out; YAML has no {@code ---} and quotes only where needed.
 * Thread-safe.
 *
 * <pre>{@code
 * new NapWriter().writePlan(plan, Path.of("plan.yaml"));
 * new AtomicFiles().write(Path.of("report.json"), new NapWriter().reportToJson(report));
 * }</pre>
 */
public final class NapWriter {

  public NapWriter() {}

  public String planToYaml(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return Writers.yaml(ModelTrees.planFile(plan));
  }

  public String planToJson(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return Writers.json(ModelTrees.planFile(plan));
  }

  public String monitoringReportToYaml(MonitoringReport report) {
    Objects.requireNonNull(report, "report");
    return Writers.yaml(ModelTrees.reportFile(report));
  }

  public String monitoringReportToJson(MonitoringReport report) {
    Objects.requireNonNull(report, "report");
    return Writers.json(ModelTrees.reportFile(report));
  }

  /**
   * A check report as the JSON report (DESIGN.md, "The JSON report"; {@code report.schema.json}):
   * findings in {@link org.napcheck.model.Finding#ORDER}, two-space indents, a final newline. The
   * same report gives the same bytes.
   */
  public String reportToJson(CheckReport report) {
    Objects.requireNonNull(report, "report");
    return Writers.json(ReportTrees.tree(report));
  }

  /**
   * Writes a plan as YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), atomically: the
   * file is either the old one or the new one, never a mix.
   *
   * @throws IllegalArgumentException when the file name has none of these extensions
   */
  public void writePlan(Plan plan, Path file) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(file, "file");
    new AtomicFiles().write(file, isJson(file) ? planToJson(plan) : planToYaml(plan));
  }

  /** Writes a monitoring report; see {@link #writePlan}. */
  public void writeMonitoringReport(MonitoringReport report, Path file) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(file, "file");
    new AtomicFiles()
        .write(
            file, isJson(file) ? monitoringReportToJson(report) : monitoringReportToYaml(report));
  }

  private static boolean isJson(Path file) {
    Format format =
        Format.of(file)
            .filter(found -> found != Format.CSV)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "cannot tell the format from the name of "
                            + file
                            + ": use .yaml, .yml or .json"));
    return format == Format.JSON;
  }
}
