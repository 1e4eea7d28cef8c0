package org.napcheck.rules.facts;

import org.napcheck.model.ActionStatus;
import org.napcheck.model.Location;

/** The status a report gives an action. */
public final class ProgressFact {
  private final String actionId;
  private final ActionStatus status;
  private final int year;
  private final String reporter;
  private final Location location;
  private final boolean actionInPlan;

  /**
   * @param actionInPlan whether the plan has an action of the id the report gives a status for
   */
  ProgressFact(
      String actionId,
      ActionStatus status,
      int year,
      String reporter,
      Location location,
      boolean actionInPlan) {
    this.actionId = actionId;
    this.status = status;
    this.year = year;
    this.reporter = reporter;
    this.location = location;
    this.actionInPlan = actionInPlan;
  }

  /** Whether the plan has an action of the id this status is given for. */
  public boolean isActionInPlan() {
    return actionInPlan;
  }

  public String getActionId() {
    return actionId;
  }

  public ActionStatus getStatus() {
    return status;
  }

  /** Whether the report marks the action completed or cancelled: nothing more is due. */
  public boolean isClosed() {
    return status.isClosed();
  }

  /** Whether the report marks the action ongoing: continuing work, never overdue. */
  public boolean isOngoing() {
    return status == ActionStatus.ONGOING;
  }

  public boolean isStarted() {
    return status.isStarted();
  }

  public int getYear() {
    return year;
  }

  public String getReporter() {
    return reporter;
  }

  public Location getLocation() {
    return location;
  }
}
