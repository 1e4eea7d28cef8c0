package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.napcheck.io.NapWriter;
import org.napcheck.model.ActionStatus;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Severity;
import org.napcheck.rules.NapChecker;

/**
 * What napcheck finds in Luxembourg's plan with the sample monitoring data, as of two dates, pinned
 * in golden files that a person reviewed (README, "What napcheck finds in Luxembourg's plan").
 * After a deliberate change, run with {@code -Dnapcheck.golden.update=true} to write them anew, and
 * review the diff.
 */
class LuxembourgFindingsTest {
  private static final NapChecker CHECKER = NapChecker.withDefaults();
  private static final Path GOLDEN = Path.of("src/test/resources/lu-wps-2");

  private static CheckReport spring2027;
  private static CheckReport newYear2030;
  private static CheckReport planAlone2030;

  @BeforeAll
  static void check() {
    spring2027 = CHECKER.check(Luxembourg.plan(), Luxembourg.reports(), LocalDate.of(2027, 4, 1));
    newYear2030 = CHECKER.check(Luxembourg.plan(), Luxembourg.reports(), LocalDate.of(2030, 1, 1));
    planAlone2030 = CHECKER.check(Luxembourg.plan(), List.of(), LocalDate.of(2030, 1, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-04-01", "2030-01-01", "plan-alone-2030-01-01"})
  void should_find_what_the_golden_file_pins(String asOf) throws IOException {
    // GIVEN
    CheckReport report =
        switch (asOf) {
          case "2027-04-01" -> spring2027;
          case "2030-01-01" -> newYear2030;
          default -> planAlone2030;
        };
    Path golden = GOLDEN.resolve("findings-" + asOf + ".json");
    String written = new NapWriter().reportToJson(report);
    if (Boolean.getBoolean("napcheck.golden.update")) {
      Files.writeString(golden, written, StandardCharsets.UTF_8);
      // written, not compared: an update run checks nothing, so it does not pass
      org.junit.jupiter.api.Assumptions.abort("written anew: " + golden + "; review the diff");
    }

    // WHEN
    JsonNode actual = new ObjectMapper().readTree(written);
    JsonNode expected = new ObjectMapper().readTree(golden.toFile());

    // THEN: the same tree, finding by finding
    assertThat(actual.get("findings").size()).isEqualTo(expected.get("findings").size());
    for (int i = 0; i < expected.get("findings").size(); i++) {
      assertThat(actual.get("findings").get(i))
          .as("finding %d", i)
          .isEqualTo(expected.get("findings").get(i));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void should_find_every_gap_planted_in_the_monitoring_data() {
    assertThat(spring2027.findings())
        .extracting(
            Finding::rule,
            f -> f.location().indicator(),
            f -> f.location().year(),
            f -> f.location().reporter())
        .contains(
            tuple("NAP-M003", "1.a.1-1", 2026, "MAINT/Police"),
            tuple("NAP-M004", "2.k.1-2", 2025, "MFA D7/Armed Forces"),
            tuple("NAP-M005", "1.f.1-1", 2026, "MFA D1"),
            tuple("NAP-M008", "2.h.2-3", 2026, "MEGA"),
            tuple("NAP-M010", "1.d.2-1", 2025, "PM Geneva"));
    assertThat(spring2027.findings())
        .filteredOn(f -> f.rule().equals("NAP-M006"))
        .extracting(f -> f.location().reporter(), f -> f.evidence().get("years"))
        .contains(tuple("PM Geneva", "2026"))
        .extracting(tuple -> tuple.toArray()[0])
        .doesNotHaveDuplicates()
        .doesNotContain("MAINT/Police");
  }

  @Test
  void should_give_a_plan_alone_the_plan_findings_only_and_say_so() {
    assertThat(planAlone2030.findings()).noneMatch(f -> f.rule().startsWith("NAP-M"));
    assertThat(planAlone2030.notApplied()).singleElement();
    assertThat(planAlone2030.findings())
        .extracting(Finding::rule)
        .containsExactlyInAnyOrderElementsOf(
            spring2027.findings().stream()
                .map(Finding::rule)
                .filter(rule -> !rule.startsWith("NAP-M"))
                .toList());
  }

  @Test
  void should_name_who_must_act_in_every_monitoring_finding_and_keep_them_few() {
    assertThat(spring2027.findings())
        .filteredOn(f -> f.rule().startsWith("NAP-M"))
        .allSatisfy(
            f ->
                assertThat(f.location().reporter() != null || f.location().action() != null)
                    .as("%s at %s names a reporting body or an action", f.rule(), f.location())
                    .isTrue());
    // The same check gave 479 findings, 363 of them monitoring findings, before they were
    // grouped: at most a third of those now. (The total also holds the plan findings, which the
    // text rules and the analysts' checks have since made more: see the README.)
    assertThat(spring2027.findings())
        .filteredOn(f -> f.rule().startsWith("NAP-M"))
        .hasSizeLessThanOrEqualTo(363 / 3);
  }

  @Test
  void should_never_flag_continuing_work_or_work_reported_ongoing_as_overdue() {
    CheckReport after =
        CHECKER.check(Luxembourg.plan(), Luxembourg.reports(), LocalDate.of(2031, 1, 1));
    var ongoing =
        Luxembourg.reports().stream()
            .flatMap(report -> report.actions().stream())
            .filter(progress -> progress.status() == ActionStatus.ONGOING)
            .map(progress -> progress.action())
            .toList();
    assertThat(ongoing).isNotEmpty();
    assertThat(after.findings())
        .filteredOn(f -> f.rule().equals("NAP-M001"))
        .extracting(f -> f.location().action())
        .doesNotContainAnyElementsOf(ongoing)
        .doesNotContain("4.a.6", "4.b.1", "2.b.9")
        .contains("3.b.3", "3.c.2");
  }

  @Test
  void should_flag_the_police_training_overdue_from_2030_unless_reported_completed() {
    assertThat(rulesAt(spring2027, "3.b.3")).doesNotContain("NAP-M001");
    assertThat(rulesAt(newYear2030, "3.b.3")).contains("NAP-M001");
    assertThat(newYear2030.findings())
        .filteredOn(f -> f.rule().equals("NAP-M001"))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).containsEntry("deadline", "2029-12-31"));
  }

  @Test
  void should_find_the_typos_and_the_plan_wide_gaps_of_the_published_plan() {
    assertThat(spring2027.findings())
        .filteredOn(f -> f.rule().equals("NAP-P005"))
        .extracting(f -> f.location().actor(), f -> f.evidence().get("closest"))
        .containsExactlyInAnyOrder(
            tuple("MAE D4", "MFA D4"), tuple("MAE D7/Armed Forces", "MFA D7/Armed Forces"));
    assertThat(spring2027.findings())
        .extracting(Finding::rule)
        .contains("NAP-G001")
        .doesNotContain("NAP-G002", "NAP-G003", "NAP-P009");
    assertThat(spring2027.summary().get(Severity.ERROR)).isPositive();
  }

  private static List<String> rulesAt(CheckReport report, String action) {
    return report.findings().stream()
        .filter(f -> action.equals(f.location().action()))
        .map(Finding::rule)
        .toList();
  }
}
