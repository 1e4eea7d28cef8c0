package org.napcheck.rules.facts;

import org.napcheck.model.Location;
import org.napcheck.model.Objective;

/** An objective, with where it stands in the plan. */
public final class ObjectiveFact extends PlanItem {
  private final Objective objective;

  ObjectiveFact(Objective objective, int position, Location location) {
    super("objective", objective.id(), position, location);
    this.objective = objective;
  }

  public String getTitle() {
    return objective.title();
  }

  public int getActionCount() {
    return objective.actions().size();
  }
}
