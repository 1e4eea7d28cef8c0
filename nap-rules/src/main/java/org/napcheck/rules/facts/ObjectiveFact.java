package org.napcheck.rules.facts;

import org.napcheck.model.Location;
import org.napcheck.model.Objective;

/** An objective, with where it stands in the plan. */
public final class ObjectiveFact {
  private final Objective objective;
  private final Location location;

  public ObjectiveFact(Objective objective, Location location) {
    this.objective = objective;
    this.location = location;
  }

  public String getId() {
    return objective.id();
  }

  public String getTitle() {
    return objective.title();
  }

  public int getActionCount() {
    return objective.actions().size();
  }

  public Location getLocation() {
    return location;
  }
}
