package org.napcheck.rules.facts;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.napcheck.model.Location;

/**
 * A value an indicator needs for a year, and the body that must supply it: a body responsible for
 * the indicator's action, or the plan's coordinator where no body of the plan's list is (an action
 * given to "All"). Only years whose reports are due by the check's date have such facts.
 */
public final class ValueDue {
  private final String indicatorId;
  private final Location location;
  private final String actionId;
  private final int year;
  private final String supplier;
  private final boolean given;
  private final boolean actionClosed;

  /**
   * @param location the indicator's place in the plan, for listing indicators in the order of ids
   * @param given whether some report gives a value for the indicator and year
   * @param actionClosed whether a report of an earlier year marks the action completed or
   *     cancelled: nothing more is asked of it
   */
  public ValueDue(
      String indicatorId,
      Location location,
      String actionId,
      int year,
      String supplier,
      boolean given,
      boolean actionClosed) {
    this.indicatorId = indicatorId;
    this.location = location;
    this.actionId = actionId;
    this.year = year;
    this.supplier = supplier;
    this.given = given;
    this.actionClosed = actionClosed;
  }

  public String getIndicatorId() {
    return indicatorId;
  }

  public String getActionId() {
    return actionId;
  }

  public int getYear() {
    return year;
  }

  public String getSupplier() {
    return supplier;
  }

  public boolean isGiven() {
    return given;
  }

  public boolean isActionClosed() {
    return actionClosed;
  }

  /**
   * The indicator ids of {@code values}, each once, in the order of ids (1.a.2-1 before 1.a.10-1),
   * whatever the order of the plan's file: e.g. {@code 1.a.1-1, 1.a.2-1}.
   */
  public static String indicatorIds(List<ValueDue> values) {
    return values.stream()
        .sorted(Comparator.comparing(value -> value.location, Location.ORDER))
        .map(ValueDue::getIndicatorId)
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /** How many indicators {@code values} name. */
  public static long indicatorCount(List<ValueDue> values) {
    return values.stream().map(ValueDue::getIndicatorId).distinct().count();
  }
}
