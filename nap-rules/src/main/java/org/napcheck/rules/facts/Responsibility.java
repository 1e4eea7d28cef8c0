package org.napcheck.rules.facts;

import org.napcheck.model.Location;

/**
 * One entry of an action's list of responsible bodies: a named body, or words that give the action
 * to everyone ("All", "All ministries", "All diplomatic missions").
 */
public final class Responsibility {
  /**
   * More named bodies than this, and an action needs a body marked lead (NAP-P011): "more than a
   * handful". Up to five, the published tables usually say who does what; six or more are a
   * committee that no one chairs.
   */
  public static final int MANY_BODIES = 5;

  private final String actionId;
  private final String code;
  private final boolean everyone;
  private final boolean listed;
  private final String closestKnownCode;
  private final Location location;

  /**
   * @param listed whether the plan's list of actors has {@code code}
   * @param closestKnownCode the code in the plan's list of actors that looks most like {@code
   *     code}; {@code null} when none is close
   */
  Responsibility(
      String actionId,
      String code,
      boolean everyone,
      boolean listed,
      String closestKnownCode,
      Location location) {
    this.actionId = actionId;
    this.code = code;
    this.everyone = everyone;
    this.listed = listed;
    this.closestKnownCode = closestKnownCode;
    this.location = location;
  }

  public String getActionId() {
    return actionId;
  }

  public String getCode() {
    return code;
  }

  public boolean isEveryone() {
    return everyone;
  }

  /** Whether the plan's list of actors has the code. */
  public boolean isListed() {
    return listed;
  }

  public String getClosestKnownCode() {
    return closestKnownCode;
  }

  public Location getLocation() {
    return location;
  }
}
