package org.napcheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActorSplitTest {
  private static final Location PLAN = Location.ofPlan("XX-1");
  private static final Location OBJECTIVE = PLAN.withPillar("I").withObjective("1.a");

  @Nested
  class Owners {
    @Test
    void should_give_a_finding_at_an_action_to_each_of_its_bodies() {
      Plan plan = plan("MFA", action("1.a.1", "MFA D7/Armed Forces", "MAINT/Police"));
      assertThat(owners(at("1.a.1"), plan)).containsExactly("MFA D7/Armed Forces", "MAINT/Police");
      assertThat(owners(at("1.a.1").withIndicator("1.a.1-1").withYear(2026), plan))
          .containsExactly("MFA D7/Armed Forces", "MAINT/Police");
    }

    @Test
    void should_find_the_action_of_an_indicator_given_alone() {
      Plan plan = plan("MFA", action("1.a.1", "MAINT/Police"));
      assertThat(owners(PLAN.withIndicator("1.a.1-1"), plan)).containsExactly("MAINT/Police");
    }

    @Test
    void should_give_a_finding_about_a_report_to_its_reporter_only() {
      Plan plan = plan("MFA", action("1.a.1", "MFA D7/Armed Forces", "MAINT/Police"));
      Location value =
          at("1.a.1").withIndicator("1.a.1-1").withYear(2026).withReporter("MAINT/Police");
      assertThat(owners(value, plan)).containsExactly("MAINT/Police");
    }

    @Test
    void should_give_a_finding_about_a_body_to_that_body() {
      Plan plan = plan("MFA", action("1.a.1", "MFA"));
      assertThat(owners(PLAN.withActor("MFA D7/Armed Forces"), plan))
          .containsExactly("MFA D7/Armed Forces");
    }

    @Test
    void should_give_everyone_unknown_codes_and_no_body_to_the_coordinator() {
      Plan plan =
          plan(
              "MFA",
              action("1.a.1", "All ministries", "MAINT/Police"),
              action("1.a.2", "MAE D4"),
              action("1.a.3"));
      assertThat(owners(at("1.a.1"), plan)).containsExactly("MFA", "MAINT/Police");
      assertThat(owners(at("1.a.2"), plan)).containsExactly("MFA");
      assertThat(owners(at("1.a.2").withActor("MAE D4"), plan)).containsExactly("MFA");
      assertThat(owners(at("1.a.3"), plan)).containsExactly("MFA");
      assertThat(owners(at("9.z.9").withYear(2026).withReporter("Nobody"), plan))
          .containsExactly("MFA");
    }

    @Test
    void should_give_plan_pillar_and_objective_findings_to_the_coordinator() {
      Plan plan = plan("MFA", action("1.a.1", "MAINT/Police"));
      assertThat(owners(PLAN, plan)).containsExactly("MFA");
      assertThat(owners(OBJECTIVE, plan)).containsExactly("MFA");
    }

    @Test
    void should_give_to_no_body_what_would_go_to_a_coordinator_the_plan_does_not_name() {
      Plan plan = plan(null, action("1.a.1", "All"));
      assertThat(owners(PLAN, plan)).isEmpty();
      assertThat(owners(at("1.a.1"), plan)).isEmpty();
    }

    @Test
    void should_recognise_the_words_for_everyone() {
      assertThat(
              List.of("All", "all ministries", " All diplomatic missions", "Tous les ministères"))
          .allMatch(Action::givesToEveryone);
      assertThat(List.of("MFA", "Allied forces office", "MAINT/Police"))
          .noneMatch(Action::givesToEveryone);
    }

    private List<String> owners(Location location, Plan plan) {
      return ActorSplit.owners(finding("NAP-P003", Severity.ERROR, location), plan);
    }
  }

  @Test
  void should_give_each_body_its_findings_with_its_own_counts() {
    // GIVEN
    Plan plan =
        plan("MFA", action("1.a.1", "MFA D7/Armed Forces", "MAINT/Police"), action("1.a.2", "All"));
    var overdue = finding("NAP-M001", Severity.ERROR, at("1.a.1"));
    var noBudget = finding("NAP-G001", Severity.WARNING, PLAN);
    var noSex =
        finding(
            "NAP-M003",
            Severity.ERROR,
            at("1.a.1").withIndicator("1.a.1-1").withYear(2026).withReporter("MAINT/Police"));
    var everyone = finding("NAP-P006", Severity.WARNING, at("1.a.2"));
    CheckReport report = report(List.of(overdue, noBudget, noSex, everyone));

    // WHEN
    ActorSplit split = report.splitByActor(plan);

    // THEN: every listed body in the list's order, even with nothing to do
    assertThat(split.parts())
        .extracting(ActorSplit.Part::code)
        .containsExactly("MFA", "MFA D7", "MFA D7/Armed Forces", "MAINT/Police");
    assertThat(split.part("MFA").orElseThrow().report().findings())
        .containsExactly(noBudget, everyone);
    assertThat(split.part("MFA D7").orElseThrow().report().findings()).isEmpty();
    assertThat(split.part("MFA D7/Armed Forces").orElseThrow().report().findings())
        .containsExactly(overdue);
    CheckReport police = split.part("MAINT/Police").orElseThrow().report();
    assertThat(police.findings()).containsExactly(overdue, noSex);
    assertThat(police.summary())
        .containsEntry(Severity.ERROR, 2)
        .containsEntry(Severity.WARNING, 0);
    assertThat(police.rules())
        .filteredOn(rule -> rule.fired() > 0)
        .extracting(CheckReport.RuleOutcome::id)
        .containsExactly("NAP-M001", "NAP-M003");
    assertThat(police.overview().actions()).extracting(a -> a.action()).containsExactly("1.a.1");
    assertThat(police.overview().reporting())
        .extracting(Overview.ReportingState::actor)
        .containsOnly("MAINT/Police");
    ActorSplit.Part armed = split.part("MFA D7/Armed Forces").orElseThrow();
    assertThat(armed.name()).isEqualTo("Armed Forces");
    assertThat(armed.parent()).isEqualTo("MFA D7");
    assertThat(armed.listed()).isTrue();
    assertThat(split.unassigned()).isEmpty();
  }

  @Test
  void should_keep_a_part_for_a_coordinator_missing_from_the_list_and_one_for_no_body() {
    Plan withOutsider = plan("Prime Minister", action("1.a.1", "MFA"));
    ActorSplit split =
        report(List.of(finding("NAP-G001", Severity.WARNING, PLAN))).splitByActor(withOutsider);
    ActorSplit.Part coordinator = split.part("Prime Minister").orElseThrow();
    assertThat(coordinator.listed()).isFalse();
    assertThat(coordinator.report().findings()).hasSize(1);

    Plan noCoordinator = plan(null, action("1.a.1", "MFA"));
    ActorSplit none =
        report(List.of(finding("NAP-G001", Severity.WARNING, PLAN))).splitByActor(noCoordinator);
    assertThat(none.parts().get(none.parts().size() - 1).unassigned()).isTrue();
    assertThat(none.unassigned().orElseThrow().report().findings()).hasSize(1);
  }

  @Test
  void should_lose_no_finding_and_keep_the_order_on_random_reports() {
    // GIVEN: random findings at random places, some the plan does not have
    var random = new Random(11);
    for (int round = 0; round < 200; round++) {
      String coordinator = random.nextBoolean() ? "MFA" : null;
      Plan plan =
          plan(
              coordinator,
              action("1.a.1", "MFA D7/Armed Forces", "MAINT/Police"),
              action("1.a.2", "All"),
              action("1.a.3", "MAE D4"),
              action("1.a.4"));
      List<String> places = List.of("1.a.1", "1.a.2", "1.a.3", "1.a.4", "9.z.9");
      List<String> bodies = List.of("MFA", "MAINT/Police", "Nobody", "MFA D7");
      var findings = new ArrayList<Finding>();
      for (int n = random.nextInt(30); n > 0; n--) {
        Location location =
            switch (random.nextInt(4)) {
              case 0 -> PLAN;
              case 1 -> at(places.get(random.nextInt(places.size())));
              case 2 ->
                  at(places.get(random.nextInt(places.size())))
                      .withYear(2026)
                      .withReporter(bodies.get(random.nextInt(bodies.size())));
              default -> PLAN.withActor(bodies.get(random.nextInt(bodies.size())));
            };
        Severity severity = Severity.values()[random.nextInt(3)];
        findings.add(finding("NAP-X00" + random.nextInt(5), severity, location));
      }
      CheckReport report = report(findings);

      // WHEN
      ActorSplit split = report.splitByActor(plan);

      // THEN: each finding in some part; each part in the report's order
      var seen = new HashSet<Finding>();
      for (ActorSplit.Part part : split.parts()) {
        List<Finding> mine = part.report().findings();
        seen.addAll(mine);
        assertThat(mine).isSubsetOf(report.findings());
        assertThat(mine).isSortedAccordingTo(Finding.ORDER);
        assertThat(part.report().rules().stream().mapToInt(CheckReport.RuleOutcome::fired).sum())
            .isEqualTo(mine.size());
      }
      assertThat(seen).containsExactlyInAnyOrderElementsOf(new HashSet<>(report.findings()));
    }
  }

  private static Location at(String action) {
    return OBJECTIVE.withAction(action);
  }

  private static Action action(String id, String... responsible) {
    return new Action(
        id,
        "Do " + id,
        List.of(responsible),
        null,
        null,
        List.of(Indicator.of(id + "-1", "Number of participants")));
  }

  private static Plan plan(String coordinator, Action... actions) {
    return new Plan(
        "XX-1",
        "LU",
        "Plan",
        new Period(2025, 2030),
        "en",
        coordinator == null ? null : new MonitoringSetup("annual", null, coordinator, true),
        null,
        List.of(
            new Actor("MFA", "Ministry of Foreign Affairs", null),
            new Actor("MFA D7", "Directorate of Defence", "MFA"),
            new Actor("MFA D7/Armed Forces", "Armed Forces", "MFA D7"),
            new Actor("MAINT/Police", "Police", null)),
        List.of(
            new Pillar(
                "I",
                "Participation",
                List.of(),
                List.of(new Objective("1.a", "Equal representation", List.of(actions))))));
  }

  private static Finding finding(String rule, Severity severity, Location location) {
    return new Finding(rule, severity, location, rule + " at " + location, Map.of(), null);
  }

  private static CheckReport report(List<Finding> findings) {
    var rules = new ArrayList<CheckReport.RuleOutcome>();
    for (String id :
        List.of(
            "NAP-G001",
            "NAP-M001",
            "NAP-M003",
            "NAP-P006",
            "NAP-X000",
            "NAP-X001",
            "NAP-X002",
            "NAP-X003",
            "NAP-X004")) {
      rules.add(
          new CheckReport.RuleOutcome(
              id,
              id,
              Severity.WARNING,
              (int) findings.stream().filter(f -> f.rule().equals(id)).count()));
    }
    var overview =
        new Overview(
            List.of(
                new Overview.ActionState(
                    "1.a.1",
                    "I",
                    "1.a",
                    LocalDate.of(2030, 12, 31),
                    false,
                    Overview.Standing.NOT_STARTED,
                    null),
                new Overview.ActionState(
                    "1.a.2",
                    "I",
                    "1.a",
                    LocalDate.of(2030, 12, 31),
                    false,
                    Overview.Standing.NOT_STARTED,
                    null)),
            List.of(
                new Overview.ReportingState("MAINT/Police", 2025, Overview.Reporting.MISSING),
                new Overview.ReportingState("MFA", 2025, Overview.Reporting.REPORTED)),
            new Overview.SexDisaggregation(0, 0, 0, 0));
    return new CheckReport("XX-1", LocalDate.of(2027, 4, 1), "rules", findings, rules, overview);
  }
}
