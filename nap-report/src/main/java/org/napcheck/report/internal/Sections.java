package org.napcheck.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.report.ReportContext;

/**
 * Findings grouped the way people read a plan: by pillar, then by objective, in plan order; the
 * plan as a whole first. Pillars and objectives the plan does not have (e.g. from monitoring data
 * naming unknown ids) come last, in the findings' order.
 */
final class Sections {
  /**
   * A heading and the findings under it.
   *
   * @param pillarHeading the heading of the pillar the section belongs to; {@code null} for the
   *     plan as a whole
   */
  record Section(
      String pillar,
      String objective,
      String heading,
      String pillarHeading,
      List<Finding> findings) {}

  private Sections() {}

  static List<Section> of(ReportContext context, String planWideHeading) {
    Map<String, Section> sections = new LinkedHashMap<>();
    sections.put(
        key(null, null), new Section(null, null, planWideHeading, null, new ArrayList<>()));
    Map<String, String> pillarHeadings = new LinkedHashMap<>();
    context
        .planAtHand()
        .ifPresent(
            plan -> {
              for (Pillar pillar : plan.pillars()) {
                String pillarHeading = pillar.id() + ". " + pillar.title();
                pillarHeadings.putIfAbsent(pillar.id(), pillarHeading);
                sections.putIfAbsent(
                    key(pillar.id(), null),
                    new Section(
                        pillar.id(), null, pillarHeading, pillarHeading, new ArrayList<>()));
                for (Objective objective : pillar.objectives()) {
                  sections.putIfAbsent(
                      key(pillar.id(), objective.id()),
                      new Section(
                          pillar.id(),
                          objective.id(),
                          objective.id() + " " + objective.title(),
                          pillarHeading,
                          new ArrayList<>()));
                }
              }
            });
    for (Finding finding : context.report().findings()) {
      Location location = finding.location();
      sections
          .computeIfAbsent(
              key(location.pillar(), location.objective()),
              key ->
                  new Section(
                      location.pillar(),
                      location.objective(),
                      Objects.requireNonNullElse(location.objective(), location.pillar()),
                      location.pillar() == null
                          ? null
                          : pillarHeadings.getOrDefault(location.pillar(), location.pillar()),
                      new ArrayList<>()))
          .findings()
          .add(finding);
    }
    return sections.values().stream().filter(section -> !section.findings().isEmpty()).toList();
  }

  private static String key(String pillar, String objective) {
    return pillar + "\u0000" + objective;
  }
}
