package org.napcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.napcheck.io.report.ReportFormat;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Severity;

/** Option values shared by the commands, checked and turned into types. */
final class Options {
  private Options() {}

  static OutputFormat format(String name) {
    if (name.equalsIgnoreCase("xlsx")) {
      return OutputFormat.XLSX;
    }
    return ReportFormat.fromCliName(name)
        .map(OutputFormat::new)
        .orElseThrow(() -> Errors.UserError.of("option.format", name));
  }

  /** The severity at which to fail; {@code null} for never. */
  static Severity threshold(String failOn) {
    return switch (failOn.toLowerCase(Locale.ROOT)) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      case "info" -> Severity.INFO;
      case "never" -> null;
      default -> throw Errors.UserError.of("option.failOn", failOn);
    };
  }

  /** Colours only for text on a terminal, and never when NO_COLOR is set. */
  static boolean colourFor(ReportFormat format) {
    return format == ReportFormat.TEXT && Terminal.isStdout() && System.getenv("NO_COLOR") == null;
  }

  /** Refuses an output that is one of the inputs, or inside a monitoring folder that is read. */
  static void refuseToOverwrite(Path output, List<Path> inputs) throws IOException {
    Path target = output.toAbsolutePath().normalize();
    for (Path input : inputs) {
      Path source = input.toAbsolutePath().normalize();
      boolean same =
          target.equals(source)
              || (Files.exists(target) && Files.exists(source) && Files.isSameFile(target, source));
      if (same) {
        throw Errors.UserError.of("output.overInput", output);
      }
    }
  }

  static String summaryLine(CheckReport report, Path written, Words words) {
    var summary = report.summary();
    return words.get(
            "summaryLine",
            report.plan(),
            words.get("count.error", summary.get(Severity.ERROR)),
            words.get("count.warning", summary.get(Severity.WARNING)),
            words.get("count.info", summary.get(Severity.INFO)),
            written.toString())
        + report.notApplied().stream()
            .map(
                reason ->
                    System.lineSeparator() + "napcheck: " + report.plan() + ": " + reason.message())
            .collect(java.util.stream.Collectors.joining());
  }
}
