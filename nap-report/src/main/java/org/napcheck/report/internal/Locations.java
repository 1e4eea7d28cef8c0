package org.napcheck.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.napcheck.model.Location;

/** A location written for people: {@code 3.b.3 › 3.b.3-2 · 2026 · MAINT/Police}. */
final class Locations {
  private Locations() {}

  static String describe(Location location) {
    var parts = new ArrayList<String>();
    String item = location.indicator() != null ? location.indicator() : location.action();
    if (item == null) {
      item = location.objective() != null ? location.objective() : location.pillar();
    }
    if (item != null) {
      parts.add(item);
    }
    if (location.year() != null) {
      parts.add(String.valueOf(location.year()));
    }
    if (location.reporter() != null) {
      parts.add(location.reporter());
    }
    if (location.actor() != null && !location.actor().equals(location.reporter())) {
      parts.add(location.actor());
    }
    return parts.isEmpty() ? "plan" : String.join(" · ", parts);
  }

  /** The parts of the plan's tree, outermost first: pillar, objective, action, indicator. */
  static List<String> logicalPath(Location location) {
    var path = new ArrayList<String>();
    for (String part :
        new String[] {
          location.pillar(), location.objective(), location.action(), location.indicator()
        }) {
      if (part != null) {
        path.add(part);
      }
    }
    return path;
  }
}
