package org.napcheck.model;

/** What an indicator measures. */
public enum Measure implements Coded {
  /** People: participants, recruits, representatives, personnel... */
  PEOPLE("people"),
  /** A number of things: campaigns, sessions, projects... */
  COUNT("count"),
  /** Money. */
  AMOUNT("amount"),
  /** Something done or not: a centre established, an advisor appointed. */
  MILESTONE("milestone"),
  /** A description. */
  TEXT("text");

  private final String code;

  Measure(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** Whether values of this measure are numbers that can have a baseline and a target. */
  public boolean isQuantitative() {
    return this == PEOPLE || this == COUNT || this == AMOUNT;
  }
}
