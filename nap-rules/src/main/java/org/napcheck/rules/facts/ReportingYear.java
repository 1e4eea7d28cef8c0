package org.napcheck.rules.facts;

import java.time.LocalDate;

/** A year of the plan period, with the day its monitoring reports are due. */
public final class ReportingYear {
  private final int year;
  private final LocalDate reportsDue;

  ReportingYear(int year, LocalDate reportsDue) {
    this.year = year;
    this.reportsDue = reportsDue;
  }

  public int getYear() {
    return year;
  }

  /** The last day on which the report for this year is on time. */
  public LocalDate getReportsDue() {
    return reportsDue;
  }
}
