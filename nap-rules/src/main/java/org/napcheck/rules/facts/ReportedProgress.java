package org.napcheck.rules.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.napcheck.model.ActionStatus;
import org.napcheck.model.MonitoringReport;

/**
 * What a plan's monitoring reports say of one action, all years and bodies together: whether some
 * report marks it completed or cancelled, ongoing, or started, and the status of the latest year.
 * An action carries it, so that a rule asks its action, not every report: {@code ActionFact(dueDate
 * < $check.asOf, !reportedClosedOrOngoing)}.
 */
final class ReportedProgress {
  /** An action no report names. */
  static final ReportedProgress NONE = new ReportedProgress();

  private boolean ongoing;
  private boolean started;
  private ActionStatus latest;
  private int latestYear;
  private Integer closedIn;

  private ReportedProgress() {}

  /** The progress of each action the reports for plan {@code planId} name, by the action's id. */
  static Map<String, ReportedProgress> byAction(String planId, List<MonitoringReport> reports) {
    var byAction = new HashMap<String, ReportedProgress>();
    for (MonitoringReport report : reports) {
      if (report.plan().equals(planId)) {
        for (var progress : report.actions()) {
          byAction
              .computeIfAbsent(progress.action(), id -> new ReportedProgress())
              .add(progress.status(), report.year());
        }
      }
    }
    return byAction;
  }

  /** Adds a report's status; of a year's statuses, the first given stays the latest. */
  private void add(ActionStatus status, int year) {
    if (status.isClosed() && (closedIn == null || year < closedIn)) {
      closedIn = year;
    }
    ongoing |= status == ActionStatus.ONGOING;
    started |= status.isStarted();
    if (latest == null || year > latestYear) {
      latest = status;
      latestYear = year;
    }
  }

  /** Some report marks the action completed or cancelled: nothing more is due. */
  boolean closed() {
    return closedIn != null;
  }

  /**
   * The earliest year a report marks the action completed or cancelled: nothing is asked of it
   * after; {@code null} if none does.
   */
  Integer closedIn() {
    return closedIn;
  }

  /** Some report marks the action ongoing: continuing work, never overdue. */
  boolean ongoing() {
    return ongoing;
  }

  /** Some report gives the action a status other than not started. */
  boolean started() {
    return started;
  }

  /** The status reported for the latest year; {@code null} when no report names the action. */
  ActionStatus latest() {
    return latest;
  }
}
