package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Severity;

class ExtraRulesTest {
  private static final String SHORT_TEXT_RULE =
      """
      package org.ministry.rules;

      import org.napcheck.rules.facts.*;

      global Findings findings;

      rule "MIN-0001 action text too short"
        @id("MIN-0001") @severity("info") @title("Action text too short")
        @message("Action {action} says too little to be checked ({length} characters).")
      when
        $action: ActionFact(text.length() < 30)
      then
        findings.record($action.getLocation(), "length", $action.getText().length());
      end
      """;

  @Test
  void should_record_findings_of_a_ministry_rule_like_its_own() {
    // GIVEN
    NapChecker checker = NapChecker.builder().extraRules("ministry.drl", SHORT_TEXT_RULE).build();

    // WHEN
    CheckReport report =
        checker.check(
            TestPlans.withOneAction("Monitor recruitment.", null, "Number of campaigns"),
            List.of(),
            LocalDate.of(2026, 1, 1));

    // THEN
    Finding finding =
        report.findings().stream()
            .filter(f -> f.rule().equals("MIN-0001"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
    assertThat(finding.message())
        .isEqualTo("Action 1.a.1 says too little to be checked (20 characters).");
    assertThat(finding.location().action()).isEqualTo("1.a.1");
    assertThat(report.ruleSet()).isEqualTo("napcheck-rules 0.1.0 + ministry.drl");
    assertThat(checker.catalog())
        .filteredOn(info -> info.id().equals("MIN-0001"))
        .singleElement()
        .satisfies(
            info -> {
              assertThat(info.title()).isEqualTo("Action text too short");
              assertThat(info.origin()).isEqualTo("ministry.drl");
            });
  }

  @Test
  void should_name_the_file_and_line_of_bad_drl() {
    // GIVEN: a condition that does not parse, on line 11
    String broken =
        SHORT_TEXT_RULE.replace(
            "$action: ActionFact(text.length() < 30)", "$action: ActionFact(text.length() <<< )");

    // WHEN
    RuleCompilationException error =
        catchThrowableOfType(
            RuleCompilationException.class,
            () -> NapChecker.builder().extraRules("ministry.drl", broken).build());

    // THEN
    assertThat(error.problems()).isNotEmpty();
    assertThat(error.problems().get(0).source()).isEqualTo("ministry.drl");
    assertThat(error.problems().get(0).line()).isEqualTo(11);
    assertThat(error.getMessage()).contains("ministry.drl:11");
  }

  @Test
  void should_refuse_a_rule_without_an_id_or_with_one_of_napcheck() {
    // GIVEN
    String noId = SHORT_TEXT_RULE.replace("@id(\"MIN-0001\") ", "");
    String takenId = SHORT_TEXT_RULE.replace("MIN-0001", "NAP-M001");

    // WHEN
    RuleCompilationException missing =
        catchThrowableOfType(
            RuleCompilationException.class,
            () -> NapChecker.builder().extraRules("a.drl", noId).build());
    RuleCompilationException taken =
        catchThrowableOfType(
            RuleCompilationException.class,
            () -> NapChecker.builder().extraRules("b.drl", takenId).build());

    // THEN
    assertThat(missing.getMessage()).contains("a.drl").contains("has no @id");
    assertThat(taken.getMessage()).contains("b.drl").contains("takes napcheck's own id NAP-M001");
  }

  @Test
  void should_refuse_rules_that_do_not_declare_the_findings_global() {
    // GIVEN
    String noGlobal = SHORT_TEXT_RULE.replace("global Findings findings;", "");

    // WHEN
    RuleCompilationException error =
        catchThrowableOfType(
            RuleCompilationException.class,
            () -> NapChecker.builder().extraRules("c.drl", noGlobal).build());

    // THEN
    assertThat(error).isNotNull();
    assertThat(error.getMessage()).contains("c.drl");
  }
}
