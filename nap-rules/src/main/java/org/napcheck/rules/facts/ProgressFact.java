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

  public ProgressFact(
      String actionId, ActionStatus status, int year, String reporter, Location location) {
    this.actionId = actionId;
    this.status = status;
    this.year = year;
    this.reporter = reporter;
    this.location = location;
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
