package org.napcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.napcheck.report.ReportContext;
import org.napcheck.report.ReportFormat;
import org.napcheck.report.SplitFiles;

/**
 * {@code --split-by actor}: one report per responsible body into a folder, each file named from the
 * body's code, and an index of them.
 */
final class SplitReports {
  /** What {@code --split-by} takes. */
  static final String ACTOR = "actor";

  private SplitReports() {}

  /** Checks {@code --split-by} and its companions before anything is read. */
  static void checkUsage(String splitBy, Path output) {
    if (splitBy == null) {
      return;
    }
    if (!splitBy.toLowerCase(Locale.ROOT).equals(ACTOR)) {
      throw Errors.UserError.of("option.splitBy", splitBy);
    }
    if (output == null) {
      throw Errors.UserError.of("split.needsFolder");
    }
  }

  /**
   * Writes the report of every body of the split into {@code folder}, then the index; refuses to
   * write over an input. Returns the index.
   */
  static Path write(Path folder, OutputFormat format, ReportContext whole, List<Path> inputs)
      throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw Errors.UserError.of("split.isFile", folder);
    }
    Options.refuseToOverwrite(folder, inputs);
    ReportFormat indexFormat = format.isText() ? format.text() : ReportFormat.CSV;
    List<SplitFiles.File> files =
        SplitFiles.of(whole, format.extension(), format::bytes, indexFormat);
    for (SplitFiles.File file : files) {
      Options.refuseToOverwrite(folder.resolve(file.name()), inputs);
    }
    for (SplitFiles.File file : files) {
      Options.write(folder.resolve(file.name()), file.bytes());
    }
    // The index comes last.
    return folder.resolve(files.get(files.size() - 1).name());
  }
}
