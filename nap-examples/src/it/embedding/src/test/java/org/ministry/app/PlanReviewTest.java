package org.ministry.app;

import static org.napcheck.testkit.NapAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.rules.NapChecker;

class PlanReviewTest {
  @Test
  void should_find_the_police_training_overdue_in_2030() throws Exception {
    Path luxembourg = Path.of(System.getProperty("luxembourg"));

    CheckReport report = new PlanReview().review(luxembourg, LocalDate.of(2030, 1, 1));

    assertThat(report).hasFinding("NAP-M001").at("3.b.3").notWaived();
  }

  /** The README's snippet, as written there but for where the plan lies. */
  @Test
  void should_run_the_readme_snippet() throws Exception {
    Path planYaml = Path.of(System.getProperty("luxembourg"), "plan.yaml");

    NapChecker checker = NapChecker.withDefaults(); // once, for the whole application
    CheckReport report =
        checker.check(new NapReader().readPlan(planYaml), List.of(), LocalDate.of(2030, 1, 1));

    // The plan alone: its own gaps, and no monitoring finding without monitoring data.
    assertThat(report).hasFinding("NAP-P005").and().hasNoFinding("NAP-M001");
  }

  @Test
  void should_run_as_a_program() throws Exception {
    var printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream console = System.out;
    System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      PlanReview.main(new String[] {System.getProperty("luxembourg"), "2030-01-01"});
    } finally {
      System.setOut(console);
    }

    // the errors, one a line: the police training of 3.b.3 is overdue
    org.assertj.core.api.Assertions.assertThat(
            printed.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("NAP-M001 3.b.3");
  }
}
