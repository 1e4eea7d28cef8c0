package org.napcheck.rules.facts;

import org.napcheck.model.Location;
import org.napcheck.model.MonitoringReport;

/** One monitoring report: one reporting body, one year. */
public final class ReportFact {
  private final MonitoringReport report;
  private final Location location;

  public ReportFact(MonitoringReport report, Location location) {
    this.report = report;
    this.location = location;
  }

  /** The id of the plan the report says it is about. */
  public String getPlan() {
    return report.plan();
  }

  public int getYear() {
    return report.year();
  }

  public String getReporter() {
    return report.reporter();
  }

  public Location getLocation() {
    return location;
  }
}
