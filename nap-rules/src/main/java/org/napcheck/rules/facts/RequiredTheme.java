package org.napcheck.rules.facts;

import org.napcheck.model.Theme;

/** A theme every plan must cover with at least one pillar. */
public final class RequiredTheme {
  private final Theme theme;

  RequiredTheme(Theme theme) {
    this.theme = theme;
  }

  public Theme getTheme() {
    return theme;
  }
}
