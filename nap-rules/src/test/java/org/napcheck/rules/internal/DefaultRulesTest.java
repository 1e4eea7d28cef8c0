package org.napcheck.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.napcheck.model.Action;
import org.napcheck.model.Actor;
import org.napcheck.model.Indicator;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Objective;
import org.napcheck.model.Period;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.rules.facts.FactBuilder;
import org.napcheck.rules.facts.SimilarActions;
import org.napcheck.rules.facts.ValuesDue;

class DefaultRulesTest {
  @Test
  void should_build_a_rule_base_without_the_rules_left_out() {
    // WHEN
    CompiledRules without = DefaultRules.without(Set.of("NAP-M007", "NAP-P007"));

    // THEN the rules left out are not in it: they are neither evaluated nor fired
    assertThat(without.ids()).doesNotContain("NAP-M007", "NAP-P007").contains("NAP-M006");
    assertThat(DefaultRules.load().ids()).contains("NAP-M007", "NAP-P007");
  }

  @Test
  void should_build_each_rule_base_once_and_share_it() {
    assertThat(DefaultRules.without(Set.of("NAP-M007")))
        .isSameAs(DefaultRules.without(Set.of("NAP-M007")));
    assertThat(DefaultRules.load()).isSameAs(DefaultRules.without(Set.of()));
  }

  @Test
  void should_make_no_fact_that_only_rules_not_applied_read() {
    // GIVEN a plan whose second action repeats its first, and a report for its first year
    var indicator = Indicator.of("1.a.1-1", "Number of trainings held");
    var first =
        new Action("1.a.1", "Train the police.", List.of("MFA"), null, null, List.of(indicator));
    var again =
        new Action(
            "1.a.2",
            "Train the police.",
            List.of("MFA"),
            null,
            null,
            List.of(Indicator.of("1.a.2-1", "Number of trainings held")));
    var plan =
        new Plan(
            "TEST-1",
            "LU",
            "Test plan",
            new Period(2025, 2030),
            "en",
            new MonitoringSetup("annual", null, "MFA", true),
            null,
            List.of(new Actor("MFA", "Ministry of Foreign Affairs", null)),
            List.of(
                new Pillar(
                    "I",
                    "Participation",
                    List.of(),
                    List.of(new Objective("1.a", "Objective", List.of(first, again))))));
    var reports = List.of(new MonitoringReport("TEST-1", 2025, "MFA", null, List.of(), List.of()));
    var builder = new FactBuilder(Locale.ENGLISH, MonthDay.of(3, 31));
    LocalDate asOf = LocalDate.of(2027, 4, 1);

    // WHEN
    List<Object> all = builder.facts(plan, reports, List.of(), asOf, asOf);
    List<Object> some =
        builder.facts(
            plan,
            reports,
            List.of(),
            asOf,
            asOf,
            id -> !Set.of("NAP-P010", "NAP-M007").contains(id));

    // THEN
    assertThat(all)
        .hasAtLeastOneElementOfType(SimilarActions.class)
        .hasAtLeastOneElementOfType(ValuesDue.class);
    assertThat(some)
        .noneMatch(SimilarActions.class::isInstance)
        .noneMatch(ValuesDue.class::isInstance);
  }
}
