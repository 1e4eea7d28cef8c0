package org.napcheck.model;

/** How far an action has come. */
public enum ActionStatus implements Coded {
  NOT_STARTED("not-started"),
  IN_PROGRESS("in-progress"),
  /** Continuous work that is being done. */
  ONGOING("ongoing"),
  COMPLETED("completed"),
  CANCELLED("cancelled");

  private final String code;

  ActionStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** Whether work on the action has begun (or ended). */
  public boolean isStarted() {
    return this != NOT_STARTED;
  }

  /** Whether the action is completed or cancelled: nothing more is due of it. */
  public boolean isClosed() {
    return this == COMPLETED || this == CANCELLED;
  }
}
