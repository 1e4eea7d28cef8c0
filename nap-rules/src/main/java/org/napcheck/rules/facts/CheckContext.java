package org.napcheck.rules.facts;

import java.time.LocalDate;

/**
 * The inputs of a check that are not in the plan: the day it is made as of, and the thresholds.
 * Rules read dates from here and never from a clock.
 */
public final class CheckContext {
  private final LocalDate asOf;
  private final LocalDate dueSoonUntil;

  CheckContext(LocalDate asOf, LocalDate dueSoonUntil) {
    this.asOf = asOf;
    this.dueSoonUntil = dueSoonUntil;
  }

  /** The day the check is made as of. */
  public LocalDate getAsOf() {
    return asOf;
  }

  /** The last day of the "due soon" window that starts at {@link #getAsOf()}. */
  public LocalDate getDueSoonUntil() {
    return dueSoonUntil;
  }
}
