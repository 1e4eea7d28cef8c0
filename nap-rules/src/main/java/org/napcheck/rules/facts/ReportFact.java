package org.napcheck.rules.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.napcheck.model.Location;
import org.napcheck.model.MonitoringReport;

/** One monitoring report: one reporting body, one year. */
public final class ReportFact {
  private final MonitoringReport report;
  private final boolean forThisPlan;
  private final boolean reporterInPlan;
  private final LocalDate dueStated;
  private final List<ValueFact> values;
  private final Location location;

  /**
   * @param forThisPlan whether the report names the plan being checked
   * @param reporterInPlan whether the plan names the reporting body
   * @param dueStated the day the report is due by the plan's own report date; {@code null} when the
   *     plan sets none
   * @param values the values the report gives, in its order; none for a report about another plan
   */
  ReportFact(
      MonitoringReport report,
      boolean forThisPlan,
      boolean reporterInPlan,
      LocalDate dueStated,
      List<ValueFact> values,
      Location location) {
    this.report = report;
    this.forThisPlan = forThisPlan;
    this.reporterInPlan = reporterInPlan;
    this.dueStated = dueStated;
    this.values = values;
    this.location = location;
  }

  /**
   * Whether the report is about the plan being checked. The progress and values of a report about
   * another plan are not facts of this check; the report itself is flagged (NAP-M008).
   */
  public boolean isForThisPlan() {
    return forThisPlan;
  }

  /**
   * Whether the plan names the reporting body: in its list of actors, or as responsible for an
   * action (words that give an action to everyone name no body).
   */
  public boolean isReporterInPlan() {
    return reporterInPlan;
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

  /** The day the report was submitted; {@code null} when the report does not say. */
  public LocalDate getSubmitted() {
    return report.submitted();
  }

  /** The day the report is due by the plan's own report date; {@code null} when it sets none. */
  public LocalDate getDueStated() {
    return dueStated;
  }

  /**
   * Whether the report was submitted after the plan's report date; {@code false} when either is
   * unknown.
   */
  public boolean isLate() {
    return dueStated != null && report.submitted() != null && report.submitted().isAfter(dueStated);
  }

  /**
   * How many days after the plan's report date the report was submitted; 0 when it was not late.
   */
  public long getDaysLate() {
    return isLate() ? ChronoUnit.DAYS.between(dueStated, report.submitted()) : 0;
  }

  /**
   * The values the report gives, in its order: a rule reads them {@code from $report.values}. None
   * for a report about another plan, whose values are not facts of this check.
   */
  public List<ValueFact> getValues() {
    return values;
  }

  public Location getLocation() {
    return location;
  }
}
