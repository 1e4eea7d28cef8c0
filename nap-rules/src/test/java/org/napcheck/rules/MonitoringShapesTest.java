package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;

/**
 * The shape of monitoring findings: no monitoring finding without monitoring data; one finding per
 * body that sent no report, listing the years; one finding per body and year for the values a
 * report left out, never repeating the first; continuing work and completed actions asked nothing
 * they cannot give. The plan and reports are in {@code src/test/resources/monitoring-shapes}.
 */
class MonitoringShapesTest {
  private static final Path FOLDER = Path.of("src/test/resources/monitoring-shapes");
  private static final NapChecker CHECKER = NapChecker.withDefaults();

  private static Plan plan() throws IOException {
    return new NapReader().readPlan(FOLDER.resolve("plan.yaml"));
  }

  private static List<MonitoringReport> reports() throws IOException {
    return new NapReader().readMonitoring(FOLDER.resolve("monitoring"));
  }

  private static List<Finding> findings(CheckReport report, String rule) {
    return report.findings().stream().filter(finding -> finding.rule().equals(rule)).toList();
  }

  @Nested
  class Without_monitoring_data {
    @Test
    void should_apply_no_monitoring_rule_and_say_so_once() throws IOException {
      // GIVEN a plan alone, checked after its end
      // WHEN
      CheckReport report = CHECKER.check(plan(), List.of(), LocalDate.of(2031, 1, 1));
      // THEN
      assertThat(report.findings()).noneMatch(finding -> finding.rule().startsWith("NAP-M"));
      assertThat(report.notApplied())
          .singleElement()
          .satisfies(
              reason -> {
                assertThat(reason.reason()).isEqualTo(CheckReport.NotApplied.NO_MONITORING_DATA);
                assertThat(reason.rules()).contains("NAP-M001", "NAP-M006", "NAP-M007", "NAP-M011");
                assertThat(reason.message()).contains("monitoring");
              });
      assertThat(report.rules()).noneMatch(rule -> rule.id().startsWith("NAP-M"));
    }

    @Test
    void should_apply_the_monitoring_rules_when_reports_are_given() throws IOException {
      CheckReport report = CHECKER.check(plan(), reports(), LocalDate.of(2027, 4, 1));

      assertThat(report.notApplied()).isEmpty();
      assertThat(report.rules()).anyMatch(rule -> rule.id().equals("NAP-M007"));
    }

    @Test
    void should_list_no_rule_switched_off_as_not_applied() throws IOException {
      NapChecker checker = NapChecker.builder().disableRules("NAP-M007").build();

      CheckReport report = checker.check(plan(), List.of(), LocalDate.of(2031, 1, 1));

      assertThat(report.notApplied().get(0).rules()).doesNotContain("NAP-M007");
    }
  }

  @Nested
  class Missing_reports_and_values {
    private final CheckReport report;

    Missing_reports_and_values() throws IOException {
      report = CHECKER.check(plan(), reports(), LocalDate.of(2027, 4, 1));
    }

    @Test
    void should_tell_a_body_with_no_report_once_listing_the_years() {
      assertThat(findings(report, "NAP-M006"))
          .extracting(finding -> finding.location().reporter(), f -> f.evidence().get("years"))
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("MAINT/Police", "2025, 2026"),
              org.assertj.core.groups.Tuple.tuple("MFA", "2026"));
    }

    @Test
    void should_not_repeat_a_missing_report_as_missing_values() {
      assertThat(findings(report, "NAP-M007"))
          .noneMatch(finding -> "MAINT/Police".equals(finding.location().reporter()))
          .noneMatch(
              finding ->
                  "MFA".equals(finding.location().reporter())
                      && Integer.valueOf(2026).equals(finding.location().year()));
    }

    @Test
    void should_group_missing_values_by_body_and_year() {
      assertThat(findings(report, "NAP-M007"))
          .extracting(Finding::location, finding -> finding.evidence().get("indicators"))
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  Location.ofPlan("SHAPES").withYear(2025).withReporter("MEGA"),
                  "1.a.1-2, 1.a.2-1"),
              org.assertj.core.groups.Tuple.tuple(
                  Location.ofPlan("SHAPES").withYear(2025).withReporter("MFA"), "1.a.4-1"),
              org.assertj.core.groups.Tuple.tuple(
                  Location.ofPlan("SHAPES").withYear(2026).withReporter("MEGA"), "1.a.2-1"));
    }

    @Test
    void should_not_ask_again_for_the_indicators_of_an_action_completed_in_an_earlier_year() {
      assertThat(findings(report, "NAP-M007"))
          .filteredOn(finding -> Integer.valueOf(2026).equals(finding.location().year()))
          .allSatisfy(
              finding -> assertThat(finding.evidence().get("indicators")).doesNotContain("1.a.1-"));
    }

    @Test
    void should_ask_the_coordinator_for_the_values_of_an_action_given_to_all() {
      assertThat(findings(report, "NAP-M007"))
          .anySatisfy(
              finding -> {
                assertThat(finding.location().reporter()).isEqualTo("MFA");
                assertThat(finding.evidence()).containsEntry("indicators", "1.a.4-1");
              });
    }
  }

  @Nested
  class After_the_plan {
    @Test
    void should_not_flag_continuing_work_or_work_reported_ongoing_as_overdue() throws IOException {
      CheckReport report = CHECKER.check(plan(), reports(), LocalDate.of(2031, 1, 1));

      assertThat(findings(report, "NAP-M001"))
          .extracting(finding -> finding.location().action())
          .containsExactly("1.a.3");
    }

    @Test
    void should_say_the_deadline_is_the_end_of_the_plan_where_the_plan_gives_none()
        throws IOException {
      CheckReport report = CHECKER.check(plan(), reports(), LocalDate.of(2031, 1, 1));

      assertThat(findings(report, "NAP-M001").get(0).message())
          .contains("no deadline of its own")
          .contains("2025-2030");
    }
  }

  @Test
  void should_say_when_the_report_date_is_napchecks_default() throws IOException {
    // GIVEN the plan with no report date of its own
    String yaml =
        java.nio.file.Files.readString(FOLDER.resolve("plan.yaml"))
            .replace("reportDue: 03-31, ", "");
    Plan plan = new NapReader().readPlan(yaml, "plan.yaml");
    // WHEN
    CheckReport report = CHECKER.check(plan, reports(), LocalDate.of(2027, 4, 1));
    // THEN
    assertThat(findings(report, "NAP-M006"))
        .allSatisfy(
            finding -> {
              assertThat(finding.evidence()).containsKey("reportsDueDefault");
              assertThat(finding.message()).contains("napcheck's default date");
            });
  }
}
