package org.napcheck.rules.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.napcheck.model.Location;

/**
 * The values an indicator needs, year after year, and a body that must supply them: a body
 * responsible for the indicator's action, or the plan's coordinator where no body of the plan's
 * list is (an action given to "All"). It knows the years some report gives a value for, and the
 * year from which the action no longer asks for values (it was completed or cancelled before), so
 * that a rule asks it about a year: {@code ValueDue(supplier == $c.body, missingIn($c.year))}.
 */
public final class ValueDue {
  private final String indicatorId;
  private final Location location;
  private final String actionId;
  private final String supplier;
  private final int[] valuedYears;
  private final Integer closedIn;

  /**
   * @param location the indicator's place in the plan, for listing indicators in the order of ids
   * @param valuedYears the years for which some report gives a value for the indicator
   * @param closedIn the earliest year a report marks the action completed or cancelled: nothing is
   *     asked of it after that year; {@code null} if none does
   */
  public ValueDue(
      String indicatorId,
      Location location,
      String actionId,
      String supplier,
      Set<Integer> valuedYears,
      Integer closedIn) {
    this.indicatorId = indicatorId;
    this.location = location;
    this.actionId = actionId;
    this.supplier = supplier;
    this.valuedYears = valuedYears.stream().mapToInt(Integer::intValue).sorted().toArray();
    this.closedIn = closedIn;
  }

  public String getIndicatorId() {
    return indicatorId;
  }

  public String getActionId() {
    return actionId;
  }

  public String getSupplier() {
    return supplier;
  }

  /** Whether some report gives a value for the indicator and {@code year}. */
  public boolean isGivenIn(int year) {
    return Arrays.binarySearch(valuedYears, year) >= 0;
  }

  /** Whether the action was completed or cancelled in a year before {@code year}. */
  public boolean isActionClosedBefore(int year) {
    return closedIn != null && closedIn < year;
  }

  /** Whether {@code year} asks a value that no report gives: the action still runs, no value. */
  public boolean missingIn(int year) {
    return !isGivenIn(year) && !isActionClosedBefore(year);
  }

  /**
   * The indicator ids of {@code values}, each once, in the order of ids (1.a.2-1 before 1.a.10-1),
   * whatever the order of the plan's file: e.g. {@code 1.a.1-1, 1.a.2-1}.
   */
  public static String indicatorIds(List<ValueDue> values) {
    var sorted = new ArrayList<>(values);
    sorted.sort((a, b) -> Location.ORDER.compare(a.location, b.location));
    var seen = new HashSet<String>();
    var ids = new StringBuilder();
    for (ValueDue value : sorted) {
      if (seen.add(value.indicatorId)) {
        if (ids.length() > 0) {
          ids.append(", ");
        }
        ids.append(value.indicatorId);
      }
    }
    return ids.toString();
  }

  /** How many indicators {@code values} name. */
  public static long indicatorCount(List<ValueDue> values) {
    var ids = new HashSet<String>();
    values.forEach(value -> ids.add(value.indicatorId));
    return ids.size();
  }
}
