package org.napcheck.cli;

import java.time.LocalDate;
import java.util.List;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Severity;
import org.napcheck.model.Waiver;

/**
 * A run of {@code napcheck check}, its options read: what every plan is checked with, and how its
 * report is written.
 *
 * @param reader reads the plans and monitoring files, in the run's language
 * @param asOf the day the plans are checked as of
 * @param waivers the findings accepted
 * @param threshold the severity from which a finding fails the run; {@code null} for never
 * @param format the format of the reports
 */
record CheckRun(
    NapReader reader,
    LocalDate asOf,
    List<Waiver> waivers,
    Severity threshold,
    OutputFormat format) {
  CheckRun {
    waivers = List.copyOf(waivers);
  }

  /** Whether a report has a finding not waived at or above the threshold. */
  boolean fails(CheckReport report) {
    return threshold != null && report.hasFindingsAtOrAbove(threshold);
  }
}
