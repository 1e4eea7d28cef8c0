package org.napcheck.rules.facts;

import java.text.Normalizer;
import org.napcheck.model.Location;

/**
 * Any identified item of the plan (a pillar, objective, action, indicator or actor), with its
 * position in the file, so that rules can compare ids across the whole plan: the facts of pillars,
 * objectives, actions, indicators and actors are plan items, and a pattern {@code PlanItem()}
 * matches each of them.
 */
public abstract class PlanItem {
  private final String kind;
  private final String id;
  private final String comparableId;
  private final int position;
  private final Location location;
  private boolean idShared;

  /**
   * @param kind {@code pillar}, {@code objective}, {@code action}, {@code indicator} or {@code
   *     actor}
   * @param position the item's place among all items of the plan, from 0
   */
  PlanItem(String kind, String id, int position, Location location) {
    this.kind = kind;
    this.id = id;
    this.comparableId = Normalizer.normalize(id, Normalizer.Form.NFKC);
    this.position = position;
    this.location = location;
  }

  public final String getKind() {
    return kind;
  }

  public final String getId() {
    return id;
  }

  /**
   * The id as compared with others: in Unicode's compatibility form (NFKC), so that ids written
   * with full-width letters, ligatures or other variants of the same characters are the same id.
   */
  public final String getComparableId() {
    return comparableId;
  }

  /**
   * Whether another item of the same kind has the same {@link #getComparableId comparable id}: the
   * items NAP-P007 compares, found when the facts are made, so that the rule engine compares the
   * few that share an id and not every item with every other.
   */
  public final boolean isIdShared() {
    return idShared;
  }

  /** Marks the item's id as shared, before the fact is matched by any rule. */
  final void markIdShared() {
    idShared = true;
  }

  public final int getPosition() {
    return position;
  }

  public final Location getLocation() {
    return location;
  }
}
