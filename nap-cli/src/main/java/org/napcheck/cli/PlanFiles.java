package org.napcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.NapReader;
import org.napcheck.model.MonitoringReport;

/** Reads the monitoring data of a plan, its problems in the plan's language. */
final class PlanFiles {
  private PlanFiles() {}

  /**
   * The monitoring data of a plan read in {@code locale}, the plan's language: its problems are
   * told in it, from the first line (which the command's error handler would say in {@code
   * --lang}'s).
   */
  static List<MonitoringReport> monitoring(NapReader reader, List<Path> paths, Locale locale)
      throws IOException {
    NapReader inPlanLanguage = reader.withLocale(locale);
    var reports = new ArrayList<MonitoringReport>();
    for (Path path : paths) {
      try {
        reports.addAll(inPlanLanguage.readMonitoring(path));
      } catch (NapFormatException e) {
        if (locale.equals(reader.locale())) {
          throw e;
        }
        Words words = new Words(locale);
        throw new Errors.UserError(Errors.describe(e, words), e, words);
      }
    }
    return reports;
  }
}
