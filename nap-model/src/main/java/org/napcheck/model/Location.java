package org.napcheck.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a finding is, as far as each part applies; parts that do not apply are {@code null}.
 *
 * @param year the monitoring year, for findings about reported data
 * @param reporter the body whose report the finding is about
 * @param actor the responsible body the finding is about
 */
public record Location(
    String plan,
    String pillar,
    String objective,
    String action,
    String indicator,
    Integer year,
    String reporter,
    String actor) {

  /**
   * Orders locations part by part, a missing part first, ids compared naturally (1.b before 1.10).
   */
  public static final Comparator<Location> ORDER = Location::compareInOrder;

  /** {@link #ORDER}, written out: reports sort hundreds of thousands of findings by it. */
  private static int compareInOrder(Location left, Location right) {
    if (left == right) {
      return 0;
    }
    int order = compareIds(left.plan, right.plan);
    if (order == 0) {
      order = compareIds(left.pillar, right.pillar);
    }
    if (order == 0) {
      order = compareIds(left.objective, right.objective);
    }
    if (order == 0) {
      order = compareIds(left.action, right.action);
    }
    if (order == 0) {
      order = compareIds(left.indicator, right.indicator);
    }
    if (order == 0 && !Objects.equals(left.year, right.year)) {
      order = left.year == null ? -1 : right.year == null ? 1 : left.year.compareTo(right.year);
    }
    if (order == 0) {
      order = compareIds(left.reporter, right.reporter);
    }
    if (order == 0) {
      order = compareIds(left.actor, right.actor);
    }
    return order;
  }

  /** Ids compared naturally, a missing one first; the same id, as it often is, at once. */
  private static int compareIds(String left, String right) {
    if (left == right) {
      return 0;
    }
    if (left == null || right == null) {
      return left == null ? -1 : 1;
    }
    return NaturalOrder.IDS.compare(left, right);
  }

  public static Location ofPlan(String plan) {
    return new Location(plan, null, null, null, null, null, null, null);
  }

  public Location withPillar(String pillar) {
    return new Location(plan, pillar, objective, action, indicator, year, reporter, actor);
  }

  public Location withObjective(String objective) {
    return new Location(plan, pillar, objective, action, indicator, year, reporter, actor);
  }

  public Location withAction(String action) {
    return new Location(plan, pillar, objective, action, indicator, year, reporter, actor);
  }

  public Location withIndicator(String indicator) {
    return new Location(plan, pillar, objective, action, indicator, year, reporter, actor);
  }

  public Location withYear(Integer year) {
    return new Location(plan, pillar, objective, action, indicator, year, reporter, actor);
  }

  public Location withReporter(String reporter) {
    return new Location(plan, pillar, objective, action, indicator, year, reporter, actor);
  }

  public Location withActor(String actor) {
    return new Location(plan, pillar, objective, action, indicator, year, reporter, actor);
  }

  /**
   * Whether every part this location states equals that part of {@code other}: a waiver for action
   * {@code 3.b.3} covers findings at {@code 3.b.3} whatever their year.
   */
  public boolean covers(Location other) {
    return covers(plan, other.plan)
        && covers(pillar, other.pillar)
        && covers(objective, other.objective)
        && covers(action, other.action)
        && covers(indicator, other.indicator)
        && covers(year, other.year)
        && covers(reporter, other.reporter)
        && covers(actor, other.actor);
  }

  /** The most specific part, for one-line displays: {@code 3.b.3-2}, else {@code 3.b.3}, ... */
  public String mostSpecific() {
    if (indicator != null) {
      return indicator;
    }
    if (action != null) {
      return action;
    }
    if (objective != null) {
      return objective;
    }
    if (pillar != null) {
      return pillar;
    }
    return Objects.requireNonNullElse(plan, "");
  }

  private static boolean covers(Object mine, Object theirs) {
    return mine == null || mine.equals(theirs);
  }
}
