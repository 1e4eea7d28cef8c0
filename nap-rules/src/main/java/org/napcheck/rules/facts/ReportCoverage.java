package org.napcheck.rules.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.napcheck.model.Location;

/**
 * Whether a body that must report sent its report for a year: its own report, or its parent's,
 * which covers it. Only years whose reports are due by the check's date have such facts.
 */
public final class ReportCoverage {
  private final String body;
  private final int year;
  private final LocalDate reportsDue;
  private final boolean reportsDueStated;
  private final boolean covered;
  private final Location location;

  /**
   * @param reportsDueStated whether the plan sets the day reports are due, or it is napcheck's
   *     default
   * @param location the body as reporter, in the year
   */
  ReportCoverage(
      String body,
      int year,
      LocalDate reportsDue,
      boolean reportsDueStated,
      boolean covered,
      Location location) {
    this.body = body;
    this.year = year;
    this.reportsDue = reportsDue;
    this.reportsDueStated = reportsDueStated;
    this.covered = covered;
    this.location = location;
  }

  public String getBody() {
    return body;
  }

  public int getYear() {
    return year;
  }

  /** The last day on which the report for this year is on time. */
  public LocalDate getReportsDue() {
    return reportsDue;
  }

  /** The due day when the plan sets it, else {@code null}. */
  public LocalDate getReportsDueStated() {
    return reportsDueStated ? reportsDue : null;
  }

  /** The due day when it is napcheck's default, the plan setting none, else {@code null}. */
  public LocalDate getReportsDueDefault() {
    return reportsDueStated ? null : reportsDue;
  }

  /** Whether a report of the body, or of a parent body, covers the year. */
  public boolean isCovered() {
    return covered;
  }

  public Location getLocation() {
    return location;
  }

  /** The years of {@code coverages}, in order, e.g. {@code 2025, 2026}. */
  public static String years(List<ReportCoverage> coverages) {
    return coverages.stream()
        .map(ReportCoverage::getYear)
        .sorted()
        .map(String::valueOf)
        .collect(Collectors.joining(", "));
  }

  /** The earliest of {@code coverages}, the year whose report is the most overdue. */
  public static ReportCoverage earliest(List<ReportCoverage> coverages) {
    ReportCoverage earliest = coverages.get(0);
    for (ReportCoverage coverage : coverages) {
      if (coverage.year < earliest.year) {
        earliest = coverage;
      }
    }
    return earliest;
  }
}
