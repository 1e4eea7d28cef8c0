package org.napcheck.rules.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.rules.NapChecker;
import org.napcheck.rules.reference.ReferenceChecker;

class PlanGeneratorTest {

  @Test
  void should_give_the_same_plan_and_reports_for_the_same_seed() {
    // WHEN
    PlanGenerator.Generated first = PlanGenerator.seeded(7).actions(300).years(3).generate();
    PlanGenerator.Generated second = PlanGenerator.seeded(7).actions(300).years(3).generate();

    // THEN
    assertThat(second).isEqualTo(first);
    assertThat(PlanGenerator.seeded(8).actions(300).years(3).generate()).isNotEqualTo(first);
  }

  @Test
  void should_make_the_number_of_actions_years_and_reporters_asked_for() {
    // WHEN
    PlanGenerator.Generated data =
        PlanGenerator.seeded(1).actions(1_000).years(5).reporters(20).generate();

    // THEN
    assertThat(data.plan().actions()).hasSize(1_000);
    assertThat(data.plan().period().end() - data.plan().period().start()).isEqualTo(5);
    assertThat(data.reports().stream().filter(report -> report.plan().equals(data.plan().id())))
        .extracting(MonitoringReport::year)
        .containsOnly(2024, 2025, 2026, 2027, 2028, 2029);
    assertThat(
            data.reports().stream()
                .filter(report -> report.year() == 2026)
                .map(MonitoringReport::reporter)
                .distinct())
        .hasSizeBetween(10, 20);
    assertThat(data.valueCount()).isGreaterThan(1_000);
  }

  @Test
  void should_plant_gaps_for_every_rule_of_the_catalog() {
    // GIVEN
    var reference = ReferenceChecker.withDefaults();
    Set<String> fired = new TreeSet<>();

    // WHEN
    for (long seed = 0; seed < 20; seed++) {
      PlanGenerator.Generated data = PlanGenerator.seeded(seed).actions(200).generate();
      CheckReport report =
          reference.check(data.plan(), data.reports(), data.asOf(), data.waivers());
      report.findings().forEach(finding -> fired.add(finding.rule()));
    }

    // THEN
    Set<String> catalog = new TreeSet<>();
    NapChecker.withDefaults().catalog().forEach(rule -> catalog.add(rule.id()));
    assertThat(fired).isEqualTo(catalog);
  }
}
