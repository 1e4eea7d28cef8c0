package org.napcheck.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napcheck.testkit.NapAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.Severity;
import org.napcheck.model.Waiver;

class NapAssertionsTest {
  private static final Location PLAN = Location.ofPlan("LU-WPS-2");

  private static final Finding OVERDUE =
      new Finding(
          "NAP-M001",
          Severity.ERROR,
          PLAN.withPillar("III").withObjective("3.b").withAction("3.b.3"),
          "Action 3.b.3 was due by 2029-12-31.",
          Map.of("deadline", "2029-12-31"),
          null);
  private static final Finding NO_REPORT =
      new Finding(
          "NAP-M006",
          Severity.WARNING,
          PLAN.withActor("PM Geneva").withYear(2026).withReporter("PM Geneva"),
          "PM Geneva has no report for 2026.",
          Map.of(),
          null);
  private static final Finding NO_BUDGET =
      new Finding(
          "NAP-G001",
          Severity.WARNING,
          PLAN,
          "The plan states no budget.",
          Map.of(),
          new Waiver("NAP-G001", PLAN, "voted each year", "MFA", null));
  private static final Finding NO_BREAKDOWN =
      new Finding(
          "NAP-I001",
          Severity.WARNING,
          PLAN.withPillar("I").withObjective("1.a").withAction("1.a.1").withIndicator("1.a.1-1"),
          "Indicator 1.a.1-1 counts people but asks for no breakdown by sex.",
          Map.of(),
          null);

  private static final CheckReport REPORT =
      new CheckReport(
          "LU-WPS-2",
          LocalDate.of(2030, 1, 1),
          "napcheck-rules 0.1.0",
          List.of(OVERDUE, NO_REPORT, NO_BUDGET, NO_BREAKDOWN),
          List.of());

  @Nested
  class Has_finding {
    @Test
    void should_pass_at_the_most_specific_location_part() {
      assertThatCode(
              () -> {
                assertThat(REPORT).hasFinding("NAP-M001").at("3.b.3").withSeverity(Severity.ERROR);
                assertThat(REPORT).hasFinding("NAP-I001").at("1.a.1-1");
                assertThat(REPORT).hasFinding("NAP-G001").at("LU-WPS-2").waived().times(1);
                assertThat(REPORT)
                    .hasFinding("NAP-M006")
                    .forReporter("PM Geneva")
                    .inYear(2026)
                    .forActor("PM Geneva")
                    .notWaived()
                    .and()
                    .hasFinding("NAP-M001")
                    .withEvidence("deadline", "2029-12-31")
                    .withMessageContaining("was due");
              })
          .doesNotThrowAnyException();
    }

    @Test
    void should_fail_with_where_the_rule_did_fire() {
      assertThatThrownBy(() -> assertThat(REPORT).hasFinding("NAP-M001").at("3.b"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected a finding of NAP-M001 at 3.b, but its findings are:")
          .hasMessageContaining("NAP-M001 error at 3.b.3: Action 3.b.3 was due by 2029-12-31.");
    }

    @Test
    void should_fail_with_the_rules_that_fired_when_the_rule_did_not() {
      assertThatThrownBy(() -> assertThat(REPORT).hasFinding("NAP-P005"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected a finding of NAP-P005 in the report of LU-WPS-2")
          .hasMessageContaining("NAP-I001 ×1");
    }

    @Test
    void should_fail_when_the_count_differs() {
      assertThatThrownBy(() -> assertThat(REPORT).hasFinding("NAP-M006").inYear(2026).times(2))
          .hasMessageContaining("Expected 2 findings of NAP-M006 in 2026, but found 1");
    }
  }

  @Nested
  class Has_no_finding {
    @Test
    void should_pass_when_the_rule_found_nothing_there() {
      assertThatCode(
              () -> assertThat(REPORT).hasNoFinding("NAP-P005").hasNoFinding("NAP-M001", "3.b.4"))
          .doesNotThrowAnyException();
    }

    @Test
    void should_fail_on_a_finding_at_or_above_the_severity_but_not_a_waived_one() {
      assertThatThrownBy(() -> assertThat(REPORT).hasNoFindingsAtOrAbove(Severity.WARNING))
          .hasMessageContaining("but found 3:")
          .hasMessageNotContaining("NAP-G001");
      assertThatThrownBy(() -> assertThat(REPORT).hasNoFinding("NAP-G001"))
          .hasMessageContaining("NAP-G001 warning at LU-WPS-2 (waived)");
    }

    @Test
    void should_check_the_summary_of_findings_not_waived() {
      assertThatCode(() -> assertThat(REPORT).hasSummary(1, 2, 0)).doesNotThrowAnyException();
      assertThatThrownBy(() -> assertThat(REPORT).hasSummary(1, 3, 0))
          .hasMessage("Expected 1 errors, 3 warnings, 0 info, but found 1, 2, 0");
    }
  }
}
