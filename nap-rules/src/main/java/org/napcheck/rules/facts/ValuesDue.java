package org.napcheck.rules.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napcheck.model.Location;

/**
 * The values a body must supply, year after year: those of the indicators of the actions it is
 * responsible for, or, for the plan's coordinator, of the actions that no body of the plan's list
 * is (an action given to "All"). Each indicator knows the years some report gives a value for, and
 * the year from which its action no longer asks for values (it was completed or cancelled before),
 * so that a rule asks a body's values about a year: {@code ValuesDue(supplier == $c.body,
 * missingIn($c.year))}.
 */
public final class ValuesDue {
  /**
   * One indicator's values, due from the body.
   *
   * @param location the indicator's place in the plan, for listing indicators in the order of ids
   * @param values the values the reports give for the indicator, of any year; shared with its fact
   * @param closedIn the earliest year a report marks the action completed or cancelled: nothing is
   *     asked of it after that year; {@code null} if none does
   */
  record Due(String indicatorId, Location location, List<ValueFact> values, Integer closedIn) {
    /** Whether {@code year} asks a value that no report gives: the action still runs, no value. */
    boolean missingIn(int year) {
      return (closedIn == null || closedIn >= year) && !valuedIn(year);
    }

    private boolean valuedIn(int year) {
      for (ValueFact value : values) { // a few: one a year at most, mostly
        if (value.getYear() == year) {
          return true;
        }
      }
      return false;
    }
  }

  private final String supplier;
  private final List<Due> dues;

  /**
   * The ids missing in a year, once asked: a finding lists them and counts them, and a large plan
   * misses thousands. A fact serves one check, on one thread.
   */
  private final Map<Integer, Set<String>> missingIdsByYear = new HashMap<>();

  /** The values {@code supplier} must supply; an indicator may come more than once. */
  ValuesDue(String supplier, List<Due> dues) {
    this.supplier = supplier;
    this.dues = List.copyOf(dues);
  }

  public String getSupplier() {
    return supplier;
  }

  /** Whether some indicator asks a value for {@code year} that no report gives. */
  public boolean missingIn(int year) {
    for (Due due : dues) {
      if (due.missingIn(year)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The ids of the indicators missing a value for {@code year}, each once, in the order of ids
   * (1.a.2-1 before 1.a.10-1), whatever the order of the plan's file: e.g. {@code 1.a.1-1,
   * 1.a.2-1}.
   */
  public String indicatorIdsMissingIn(int year) {
    return String.join(", ", missingIdsIn(year));
  }

  /** How many indicators miss a value for {@code year}. */
  public int indicatorCountMissingIn(int year) {
    return missingIdsIn(year).size();
  }

  private Set<String> missingIdsIn(int year) {
    return missingIdsByYear.computeIfAbsent(year, this::findMissingIdsIn);
  }

  private Set<String> findMissingIdsIn(int year) {
    var missing = new ArrayList<Due>();
    for (Due due : dues) {
      if (due.missingIn(year)) {
        missing.add(due);
      }
    }
    missing.sort(Comparator.comparing(Due::location, Location.ORDER));
    var ids = new LinkedHashSet<String>();
    missing.forEach(due -> ids.add(due.indicatorId()));
    return Collections.unmodifiableSet(ids);
  }
}
