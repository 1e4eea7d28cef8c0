package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.napcheck.model.Action;
import org.napcheck.model.ActionProgress;
import org.napcheck.model.ActionStatus;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Indicator;
import org.napcheck.model.Location;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.ReportComparison;
import org.napcheck.model.Severity;
import org.napcheck.model.Waiver;

class CheckerTest {
  private static final NapChecker CHECKER = NapChecker.withDefaults();
  private static final Plan POLICE_TRAINING =
      TestPlans.withOneAction(
          "By 2029, the Police will develop and implement internal training on violence against women.",
          2029,
          "Training sessions designed and held; number of participants");

  /**
   * Monitoring data, so that the monitoring rules apply: MFA's report for 2025, with nothing in it.
   */
  private static final List<MonitoringReport> A_REPORT =
      List.of(new MonitoringReport("TEST-1", 2025, "MFA", null, List.of(), List.of()));

  @Nested
  class As_of_a_date {
    @Test
    void should_flag_overdue_action_from_the_first_day_after_its_deadline_year() {
      // WHEN
      CheckReport lastDay = CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2029, 12, 31));
      CheckReport nextDay = CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 1, 1));

      // THEN
      assertThat(rules(lastDay)).doesNotContain("NAP-M001").contains("NAP-M002");
      assertThat(rules(nextDay)).contains("NAP-M001").doesNotContain("NAP-M002");
      assertThat(nextDay.asOf()).isEqualTo(LocalDate.of(2030, 1, 1));
    }

    @Test
    void should_not_flag_action_a_report_marks_completed() {
      // GIVEN
      var report = report(2029, new ActionProgress("1.a.1", ActionStatus.COMPLETED, null));

      // WHEN
      CheckReport checked =
          CHECKER.check(POLICE_TRAINING, List.of(report), LocalDate.of(2030, 1, 1));

      // THEN
      assertThat(rules(checked)).doesNotContain("NAP-M001");
    }

    @Test
    void should_not_take_progress_from_a_report_about_another_plan() {
      // GIVEN: a report for the first plan marks the action completed
      var foreign =
          new MonitoringReport(
              "LU-WPS-1",
              2029,
              "MFA",
              null,
              List.of(new ActionProgress("1.a.1", ActionStatus.COMPLETED, null)),
              List.of());

      // WHEN
      CheckReport checked =
          CHECKER.check(POLICE_TRAINING, List.of(foreign), LocalDate.of(2030, 1, 1));

      // THEN: still overdue, and the stray report is flagged
      assertThat(rules(checked)).contains("NAP-M001", "NAP-M008");
    }

    @Test
    void should_not_accept_words_for_everyone_as_a_reporter() {
      // GIVEN
      var report =
          new MonitoringReport("TEST-1", 2026, "All ministries", null, List.of(), List.of());

      // WHEN
      CheckReport checked =
          CHECKER.check(POLICE_TRAINING, List.of(report), LocalDate.of(2027, 1, 1));

      // THEN
      assertThat(findingOf(checked, "NAP-M008").evidence()).containsEntry("id", "All ministries");
    }

    @Test
    void should_use_the_due_soon_window_it_was_built_with() {
      // GIVEN
      NapChecker shortWindow = NapChecker.builder().dueSoonWindow(Period.ofMonths(1)).build();

      // WHEN
      CheckReport checked = shortWindow.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2029, 6, 1));

      // THEN
      assertThat(rules(checked)).doesNotContain("NAP-M002");
      assertThat(rules(CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2029, 6, 1))))
          .contains("NAP-M002");
    }
  }

  @Nested
  class Actions_that_share_an_id {
    @Test
    void should_judge_each_on_its_own_responsible_bodies() {
      // GIVEN: 1.a.1 twice, once given to "All ministries" alone, once to six named bodies
      var toEveryone =
          new Action(
              "1.a.1",
              "Hold a yearly exchange.",
              List.of("All ministries"),
              null,
              null,
              List.of(Indicator.of("1.a.1-1", "Number of exchanges held")));
      var toSix =
          new Action(
              "1.a.1",
              "Train the staff.",
              List.of("MFA", "MEGA", "MJ", "MI", "MD", "MS"),
              null,
              null,
              List.of(Indicator.of("1.a.1-2", "Number of staff trained")));
      Plan plan = TestPlans.withActions(List.of(toEveryone, toSix));

      // WHEN
      CheckReport checked = CHECKER.check(plan, List.of(), LocalDate.of(2026, 1, 1));

      // THEN: the first is given to everyone alone, the second names six bodies and no lead
      assertThat(findingOf(checked, "NAP-P006").evidence())
          .containsEntry("responsible", "All ministries");
      assertThat(checked.findings())
          .filteredOn(finding -> finding.rule().equals("NAP-P011"))
          .singleElement()
          .satisfies(finding -> assertThat(finding.evidence()).containsEntry("bodies", "6"));
    }
  }

  @Nested
  class Reports {
    @Test
    void should_order_findings_by_severity_then_rule_then_location() {
      // WHEN
      CheckReport checked = CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 1, 1));

      // THEN
      assertThat(checked.findings()).isSortedAccordingTo(Finding.ORDER);
      assertThat(checked.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void should_count_every_rule_evaluated_and_how_often_it_fired() {
      // WHEN
      CheckReport checked = CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 1, 1));

      // THEN
      assertThat(checked.rules()).hasSize(CHECKER.catalog().size());
      assertThat(checked.rules())
          .filteredOn(rule -> rule.id().equals("NAP-M007"))
          .singleElement()
          // MFA reported for 2025 only: one finding for the values its report left out; the years
          // with no report at all are NAP-M006's, once for the body.
          .satisfies(rule -> assertThat(rule.fired()).isEqualTo(1));
      assertThat(checked.summary().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(checked.findings().size());
      assertThat(checked.ruleSet()).isEqualTo("napcheck-rules 0.1.0");
    }

    @Test
    void should_write_messages_in_french_when_asked() {
      // GIVEN
      NapChecker french = NapChecker.builder().locale(Locale.FRENCH).build();

      // WHEN
      CheckReport checked = french.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 1, 1));

      // THEN
      assertThat(messageOf(checked, "NAP-M001"))
          .isEqualTo(
              "L'action 1.a.1 était due le 31 décembre 2029 et aucun rapport ne la marque achevée ni poursuivie en continu.");
      assertThat(
              messageOf(
                  CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 1, 1)), "NAP-M001"))
          .isEqualTo(
              "Action 1.a.1 was due by 2029-12-31 and no report marks it completed or ongoing.");
    }

    @Test
    void should_say_when_a_finding_rests_on_an_inference() {
      // WHEN
      CheckReport checked = CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2026, 1, 1));

      // THEN: "number of participants" was read as counting people
      Finding missingBreakdown =
          checked.findings().stream()
              .filter(f -> f.rule().equals("NAP-I001"))
              .findFirst()
              .orElseThrow();
      assertThat(missingBreakdown.evidence()).containsKey("inferred");
      assertThat(missingBreakdown.evidence().get("inferred"))
          .contains("\"number of participants\"");
      assertThat(missingBreakdown.message()).contains("napcheck inferred this from the text");
    }
  }

  @Nested
  class Switching_rules_off {
    @Test
    void should_never_report_a_rule_switched_off() {
      // GIVEN
      NapChecker checker = NapChecker.builder().disableRules("NAP-M001", "NAP-M007").build();

      // WHEN
      CheckReport checked = checker.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 1, 1));

      // THEN
      assertThat(rules(checked)).doesNotContain("NAP-M001", "NAP-M007");
      assertThat(checked.rules())
          .extracting(CheckReport.RuleOutcome::id)
          .doesNotContain("NAP-M001");
      assertThat(checker.catalog())
          .filteredOn(info -> info.id().equals("NAP-M001"))
          .singleElement()
          .satisfies(info -> assertThat(info.enabled()).isFalse());
    }

    @Test
    void should_refuse_to_switch_off_a_rule_that_does_not_exist() {
      assertThatThrownBy(() -> NapChecker.builder().disableRules("NAP-X999").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("NAP-X999");
    }
  }

  @Nested
  class Waivers {
    private final Waiver police =
        new Waiver(
            "NAP-M001",
            new Location(null, null, null, "1.a.1", null, null, null, null),
            "Training postponed to 2030 by the Police directorate",
            "MFA D4",
            LocalDate.of(2030, 6, 30));

    @Test
    void should_mark_covered_findings_as_waived_while_the_waiver_runs() {
      // WHEN
      CheckReport checked =
          CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 1, 1), List.of(police));

      // THEN
      Finding overdue = findingOf(checked, "NAP-M001");
      assertThat(overdue.waived()).isTrue();
      assertThat(overdue.waiver()).isEqualTo(police);
      assertThat(checked.summary().get(Severity.ERROR))
          .isEqualTo(
              errorsOf(CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 1, 1))) - 1);
      assertThat(rules(checked)).doesNotContain("NAP-W001");
    }

    @Test
    void should_report_an_expired_waiver_and_no_longer_apply_it() {
      // WHEN
      CheckReport checked =
          CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 7, 1), List.of(police));

      // THEN
      assertThat(findingOf(checked, "NAP-M001").waived()).isFalse();
      assertThat(findingOf(checked, "NAP-W001").evidence())
          .containsEntry("waivedRule", "NAP-M001")
          .containsEntry("expires", "2030-06-30");
    }
  }

  @Test
  void should_compare_two_reports() {
    // GIVEN
    CheckReport before = CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2029, 12, 31));
    CheckReport after = CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 1, 1));

    // WHEN
    ReportComparison change = ReportComparison.of(before, after);

    // THEN
    assertThat(change.added()).extracting(Finding::rule).contains("NAP-M001");
    assertThat(change.resolved()).extracting(Finding::rule).contains("NAP-M002");
    assertThat(change.unchanged())
        .extracting(Finding::rule)
        .contains("NAP-I001")
        .doesNotContain("NAP-M001");
    assertThat(change.added().size() + change.unchanged().size())
        .isEqualTo(after.findings().size());
  }

  @Test
  void should_give_identical_reports_to_many_threads_sharing_one_checker() throws Exception {
    // GIVEN
    CheckReport expected = CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 1, 1));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var tasks = new ArrayList<Callable<CheckReport>>();
      for (int i = 0; i < 400; i++) {
        tasks.add(() -> CHECKER.check(POLICE_TRAINING, A_REPORT, LocalDate.of(2030, 1, 1)));
      }

      // WHEN
      List<Future<CheckReport>> results = pool.invokeAll(tasks);

      // THEN
      for (Future<CheckReport> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static MonitoringReport report(int year, ActionProgress progress) {
    return new MonitoringReport("TEST-1", year, "MFA", null, List.of(progress), List.of());
  }

  private static List<String> rules(CheckReport report) {
    return report.findings().stream().map(Finding::rule).toList();
  }

  private static Finding findingOf(CheckReport report, String rule) {
    return report.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
  }

  private static String messageOf(CheckReport report, String rule) {
    return findingOf(report, rule).message();
  }

  private static int errorsOf(CheckReport report) {
    return report.summary().get(Severity.ERROR);
  }
}
