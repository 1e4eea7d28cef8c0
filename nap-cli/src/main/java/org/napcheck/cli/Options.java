package org.napcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.napcheck.io.AtomicFiles;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportFormat;

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

  /** The years a plan may span, and hence those a check may be made as of. */
  private static final int FIRST_YEAR = 1900;

  private static final int LAST_YEAR = 2200;

  /** A hundred years: longer than any plan, and far from the end of time. */
  static final int MAX_DUE_SOON_MONTHS = 1200;

  /** Refuses a date no plan can be checked as of (years run from 1900 to 2200, as in plans). */
  static void checkAsOf(LocalDate asOf) {
    if (asOf != null && (asOf.getYear() < FIRST_YEAR || asOf.getYear() > LAST_YEAR)) {
      throw Errors.UserError.of(
          "option.asOf", FIRST_YEAR + "-01-01", LAST_YEAR + "-12-31", asOf.toString());
    }
  }

  /** The number given to {@code --due-soon-months}: whole, from 0 to a hundred years. */
  static int dueSoonMonths(String text) {
    int months;
    try {
      months = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      months = -1;
    }
    if (months < 0 || months > MAX_DUE_SOON_MONTHS) {
      throw Errors.UserError.of("option.dueSoonMonths", String.valueOf(MAX_DUE_SOON_MONTHS), text);
    }
    return months;
  }

  /**
   * What writes the command's reports: aborted by the shutdown hook of {@link Napcheck#main}, so
   * that a stopped run leaves the old report and no temporary file.
   */
  static final AtomicFiles REPORT_FILES = new AtomicFiles();

  /** Writes a report atomically; a failure is told as a write, naming the file. */
  static void write(Path target, byte[] bytes) {
    try {
      REPORT_FILES.write(target, bytes);
    } catch (IOException e) {
      throw Errors.writeFailed(target, e);
    }
  }

  /** Makes the folder reports go into; a failure is told as a write, naming the folder. */
  static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw Errors.writeFailed(folder, e);
    }
  }

  /**
   * The day given to {@code --as-of}, YYYY-MM-DD, within the years plans may span; {@code null}
   * when not given.
   */
  static LocalDate asOf(String text) {
    if (text == null) {
      return null;
    }
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw Errors.UserError.of("option.asOfFormat", text);
    }
    checkAsOf(asOf);
    return asOf;
  }

  /** Colours only for text on a terminal, and never when NO_COLOR is set. */
  static boolean colourFor(ReportFormat format) {
    return format == ReportFormat.TEXT && Terminal.isStdout() && System.getenv("NO_COLOR") == null;
  }

  /** Refuses an output that is one of the inputs, or inside a monitoring folder that is read. */
  static void refuseToOverwrite(Path output, List<Path> inputs) throws IOException {
    for (Path input : inputs) {
      if (samePath(output, input)) {
        throw Errors.UserError.of("output.overInput", Errors.name(output));
      }
    }
  }

  /** Whether two paths name the same file or folder, whether or not it exists yet. */
  static boolean samePath(Path one, Path other) throws IOException {
    return one.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize())
        || (Files.exists(one) && Files.exists(other) && Files.isSameFile(one, other));
  }

  /**
   * Refuses to write reports into a folder of monitoring data that the run reads: the next run
   * would read them as monitoring data.
   */
  static void refuseToWriteInto(Path folder, List<Path> monitoring) throws IOException {
    if (folder == null) {
      return;
    }
    for (Path read : monitoring) {
      if (Files.isDirectory(read) && samePath(folder, read)) {
        throw Errors.UserError.of("output.intoMonitoring", Errors.name(read));
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
            Errors.name(written))
        + report.notApplied().stream()
            .map(
                reason ->
                    System.lineSeparator()
                        + words.get("prefix")
                        + words.get("planLine", report.plan(), reason.message()))
            .collect(java.util.stream.Collectors.joining());
  }
}
