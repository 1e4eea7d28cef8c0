package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Overview;

/**
 * The dashboard's figures (the report's {@link Overview}) and the findings tell the same story: an
 * action is overdue on the dashboard when, and only when, NAP-M001 finds it overdue; due soon when
 * NAP-M002 does; a body's reports are missing for the years NAP-M006 lists; and with no monitoring
 * data, neither calls any action overdue.
 */
class OverviewPropertiesTest {
  @Provide
  Arbitrary<CheckerPropertiesTest.Input> inputs() {
    return new CheckerPropertiesTest().inputs();
  }

  @Property(tries = 300)
  void should_show_overdue_and_due_soon_the_actions_the_rules_find(
      @ForAll("inputs") CheckerPropertiesTest.Input input) {
    CheckReport report = input.check();

    if (input.reports().isEmpty()) {
      assertThat(report.overview().actions())
          .allSatisfy(
              action ->
                  assertThat(action.standing())
                      .isIn(Overview.Standing.NO_DATA, Overview.Standing.CONTINUOUS));
      assertThat(report.findings()).noneMatch(finding -> finding.rule().startsWith("NAP-M"));
      return;
    }
    assertThat(actionsStanding(report, Overview.Standing.OVERDUE))
        .isEqualTo(actionsFoundBy(report, "NAP-M001"));
    assertThat(actionsStanding(report, Overview.Standing.DUE_SOON))
        .isEqualTo(actionsFoundBy(report, "NAP-M002"));
    assertThat(actionsStanding(report, Overview.Standing.NO_DATA)).isEmpty();
  }

  @Property(tries = 300)
  void should_show_missing_the_reports_the_rules_find_missing(
      @ForAll("inputs") CheckerPropertiesTest.Input input) {
    CheckReport report = input.check();

    Map<String, Set<Integer>> missingOnDashboard = new TreeMap<>();
    report.overview().reporting().stream()
        .filter(state -> state.state() == Overview.Reporting.MISSING)
        .forEach(
            state ->
                missingOnDashboard
                    .computeIfAbsent(state.actor(), actor -> new TreeSet<>())
                    .add(state.year()));
    Map<String, Set<Integer>> missingInFindings = new TreeMap<>();
    report.findings().stream()
        .filter(finding -> finding.rule().equals("NAP-M006"))
        .forEach(
            finding ->
                missingInFindings.put(
                    finding.location().reporter(), years(finding.evidence().get("years"))));

    assertThat(missingOnDashboard).isEqualTo(missingInFindings);
  }

  private static Set<String> actionsStanding(CheckReport report, Overview.Standing standing) {
    return report.overview().actions().stream()
        .filter(action -> action.standing() == standing)
        .map(Overview.ActionState::action)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> actionsFoundBy(CheckReport report, String rule) {
    return report.findings().stream()
        .filter(finding -> finding.rule().equals(rule))
        .map(Finding::location)
        .map(location -> location.action())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<Integer> years(String listed) {
    var years = new TreeSet<Integer>();
    for (String year : listed.split(",\\s*")) {
      years.add(Integer.parseInt(year.strip()));
    }
    return years;
  }
}
