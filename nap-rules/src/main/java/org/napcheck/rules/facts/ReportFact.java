package org.napcheck.rules.facts;

import org.napcheck.model.Location;
import org.napcheck.model.MonitoringReport;

/** One monitoring report: one reporting body, one year. */
public final class ReportFact {
  private final MonitoringReport report;
  private final boolean forThisPlan;
  private final Location location;

  /**
   * @param forThisPlan whether the report names the plan being checked
   */
  public ReportFact(MonitoringReport report, boolean forThisPlan, Location location) {
    this.report = report;
    this.forThisPlan = forThisPlan;
    this.location = location;
  }

  /**
   * Whether the report is about the plan being checked. The progress and values of a report about
   * another plan are not facts of this check; the report itself is flagged (NAP-M008).
   */
  public boolean isForThisPlan() {
    return forThisPlan;
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
