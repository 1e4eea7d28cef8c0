package org.napcheck.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.napcheck.io.NapReader;
import org.napcheck.model.Plan;
import org.napcheck.xlsx.XlsxPlans;

class ScenariosTest {
  private static final Path RESOURCES = Path.of("src", "test", "resources");

  /** What a user writes: three lines. */
  @TestFactory
  Stream<DynamicTest> scenarios() {
    return Scenarios.in(RESOURCES.resolve("scenarios"));
  }

  @Test
  void should_name_the_tests_by_their_files_in_path_order() {
    assertThat(Scenarios.in(RESOURCES.resolve("scenarios")).map(DynamicTest::getDisplayName))
        .containsExactly("draft-2025.scenario.yml", "draft-2027.scenario.yaml");
  }

  @Test
  void should_list_every_expectation_not_met() {
    assertThatThrownBy(() -> Scenarios.check(RESOURCES.resolve("failing/unmet.scenario.yaml")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("unmet.scenario.yaml (")
        .hasMessageContaining("4 expectations not met")
        .hasMessageContaining("no rule has the id NAP-M01")
        .hasMessageContaining("expect NAP-P005 at 1.a.2:")
        .hasMessageContaining("NAP-P005 error at 1.a.1")
        .hasMessageContaining("expectNone NAP-G001:")
        .hasMessageContaining("failOn error: ")
        .hasMessageContaining("NAP-P003 error at 1.a.2");
  }

  @Test
  void should_name_every_mistake_in_a_scenario_file() {
    assertThatThrownBy(() -> Scenarios.check(RESOURCES.resolve("failing/bad.scenario.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 problem(s) in the scenario")
        .hasMessageContaining(
            "bad.scenario.yaml:2:1: asof: unknown field 'asof' (did you mean 'asOf'?); allowed:"
                + " name, plan, monitoring, asOf,")
        .hasMessageContaining("bad.scenario.yaml:1:1: asOf: missing required field 'asOf'")
        .hasMessageContaining(
            "bad.scenario.yaml:4:23: expect[0].where: unknown field 'where'; allowed: rule, at,")
        .hasMessageContaining(
            "bad.scenario.yaml:5:9: failOn: expected one of: error | warning | info,"
                + " found \"sometimes\"");
  }

  @Test
  void should_refuse_a_scenario_that_tests_nothing_and_fields_expectNone_cannot_have(
      @TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("nothing.scenario.yaml"),
        "plan: draft.yaml\nasOf: 2027-04-01\nexpectNone: [{rule: NAP-P005, count: 2}]\n");

    assertThatThrownBy(() -> Scenarios.check(dir.resolve("nothing.scenario.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 problem(s) in the scenario")
        .hasMessageContaining(
            "nothing.scenario.yaml:3:31: expectNone[0].count: unknown field 'count'; allowed:"
                + " rule, at");
    Files.writeString(dir.resolve("nothing.scenario.yaml"), "plan: draft.yaml\nasOf: 2027-04-01\n");
    assertThatThrownBy(() -> Scenarios.check(dir.resolve("nothing.scenario.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "a scenario needs expect, expectNone or failOn: it would test nothing");
  }

  @Test
  void should_check_a_draft_kept_in_a_spreadsheet(@TempDir Path dir) throws Exception {
    // GIVEN the draft in napcheck's spreadsheet template, and a scenario beside it
    Plan draft = new NapReader().readPlan(RESOURCES.resolve("scenarios/draft.yaml"));
    new XlsxPlans().writeTemplate(draft, dir.resolve("draft.xlsx"));
    Files.writeString(
        dir.resolve("draft.scenario.yaml"),
        "plan: draft.xlsx\nasOf: 2027-04-01\nexpect: [{rule: NAP-P005, at: 1.a.1}]\n");

    // WHEN / THEN
    assertThatCode(() -> Scenarios.check(dir.resolve("draft.scenario.yaml")))
        .doesNotThrowAnyException();
  }

  @Test
  void should_refuse_a_folder_with_no_scenario(@TempDir Path empty) {
    assertThatThrownBy(() -> Scenarios.in(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no *.scenario.yaml under");
  }
}
