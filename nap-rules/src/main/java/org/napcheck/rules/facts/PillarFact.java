package org.napcheck.rules.facts;

import java.util.Set;
import org.napcheck.model.Location;
import org.napcheck.model.Pillar;
import org.napcheck.model.Theme;

/**
 * A pillar, with the themes it covers: as the plan states them, else as inferred from its title.
 */
public final class PillarFact extends PlanItem {
  private final Pillar pillar;
  private final Set<Theme> themes;
  private final boolean themesInferred;

  PillarFact(
      Pillar pillar, Set<Theme> themes, boolean themesInferred, int position, Location location) {
    super("pillar", pillar.id(), position, location);
    this.pillar = pillar;
    this.themes = Set.copyOf(themes);
    this.themesInferred = themesInferred;
  }

  public String getTitle() {
    return pillar.title();
  }

  public int getObjectiveCount() {
    return pillar.objectives().size();
  }

  public Set<Theme> getThemes() {
    return themes;
  }

  public boolean isThemesInferred() {
    return themesInferred;
  }
}
