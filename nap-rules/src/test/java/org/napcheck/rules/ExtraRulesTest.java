package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.napcheck.model.ActionProgress;
import org.napcheck.model.ActionStatus;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.IndicatorValue;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.RuleInfo;
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
  void should_let_an_extra_rule_read_the_facts_napcheck_reads_from_the_action() {
    // GIVEN: rules on progress reports and on listed bodies, which napcheck's own rules read from
    // the action instead
    String drl =
        """
        package ministry;
        import org.napcheck.rules.facts.*;
        global Findings findings;

        rule "MIN-0002 action reported not started"
          @id("MIN-0002") @severity("info") @message("Action {action} not started.")
        when
          $progress: ProgressFact(actionInPlan, !started)
        then
          findings.record($progress.getLocation());
        end

        rule "MIN-0003 action given to a listed body"
          @id("MIN-0003") @severity("info") @message("Action {action} given to {code}.")
        when
          $named: Responsibility(listed)
        then
          findings.record($named.getLocation(), "code", $named.getCode());
        end
        """;
    NapChecker checker = NapChecker.builder().extraRules("progress.drl", drl).build();
    var report =
        new MonitoringReport(
            "TEST-1",
            2025,
            "MFA",
            null,
            List.of(new ActionProgress("1.a.1", ActionStatus.NOT_STARTED, null)),
            List.of());

    // WHEN
    CheckReport checked =
        checker.check(
            TestPlans.withOneAction("Monitor recruitment.", null, "Number of campaigns"),
            List.of(report),
            LocalDate.of(2026, 1, 1));

    // THEN
    assertThat(checked.findings())
        .filteredOn(finding -> finding.rule().equals("MIN-0002"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.location().year()).isEqualTo(2025));
    assertThat(checked.findings())
        .filteredOn(finding -> finding.rule().equals("MIN-0003"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.evidence()).containsEntry("code", "MFA"));
  }

  @Test
  void should_let_an_extra_rule_read_the_check_date_and_values_as_facts_or_from_their_report() {
    // GIVEN: napcheck's own rules read the date from the check global and values from the fact
    // that holds them; rules of one's own may do either, or match values as facts
    String drl =
        """
        package ministry;
        import org.napcheck.rules.facts.*;
        global Findings findings;
        global CheckContext check;

        rule "MIN-0004 value of a report for a year two years before the check"
          @id("MIN-0004") @severity("info") @message("Value of {indicator} is old.")
        when
          $value: ValueFact(year < check.asOf.getYear() - 1)
        then
          findings.record($value.getLocation());
        end

        rule "MIN-0005 value read from its report"
          @id("MIN-0005") @severity("info") @message("Value of {indicator} read from its report.")
        when
          $report: ReportFact()
          $value: ValueFact() from $report.values
          $indicator: IndicatorFact(values contains $value)
        then
          findings.record($value.getLocation());
        end
        """;
    NapChecker checker = NapChecker.builder().extraRules("values.drl", drl).build();
    var report =
        new MonitoringReport(
            "TEST-1",
            2025,
            "MFA",
            null,
            List.of(),
            List.of(new IndicatorValue("1.a.1-1", BigDecimal.valueOf(3), null, Map.of(), null)));
    Plan plan = TestPlans.withOneAction("Monitor recruitment.", null, "Number of campaigns");

    // WHEN
    CheckReport early = checker.check(plan, List.of(report), LocalDate.of(2026, 6, 1));
    CheckReport late = checker.check(plan, List.of(report), LocalDate.of(2027, 6, 1));

    // THEN
    assertThat(early.findings()).noneMatch(finding -> finding.rule().equals("MIN-0004"));
    assertThat(late.findings())
        .filteredOn(finding -> finding.rule().equals("MIN-0004"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.location().year()).isEqualTo(2025));
    assertThat(late.findings())
        .filteredOn(finding -> finding.rule().equals("MIN-0005"))
        .singleElement()
        .satisfies(finding -> assertThat(finding.location().indicator()).isEqualTo("1.a.1-1"));
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
  void should_name_the_line_of_an_import_of_no_class_without_drools_generated_java() {
    // GIVEN an import of a class that does not exist, on line 3
    String broken =
        SHORT_TEXT_RULE.replace(
            "import org.napcheck.rules.facts.*;",
            "import org.napcheck.rules.facts.*;\nimport org.nothing.Missing;");

    // WHEN
    RuleCompilationException error =
        catchThrowableOfType(
            RuleCompilationException.class,
            () -> NapChecker.builder().extraRules("ministry.drl", broken).build());

    // THEN
    assertThat(error.problems())
        .containsExactly(
            new RuleCompilationException.Problem(
                "ministry.drl",
                4,
                "imports org.nothing.Missing, and no such class exists: check its name (the facts"
                    + " rules match are in org.napcheck.rules.facts)"));
    assertThat(error.getMessage()).doesNotContain("public class", "package ", "drools");
  }

  @Test
  void should_refuse_a_file_of_rules_that_is_not_utf8_text(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // GIVEN rules saved in Latin-1, an é on line 2
    var file = dir.resolve("ministry.drl");
    java.nio.file.Files.write(
        file, "package x;\n// r\u00e9gle\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    // WHEN
    RuleCompilationException error =
        catchThrowableOfType(
            RuleCompilationException.class, () -> NapChecker.builder().extraRules(file));

    // THEN
    assertThat(error.problems())
        .containsExactly(
            new RuleCompilationException.Problem(
                file.toString(),
                2,
                "not UTF-8 text: byte 0xE9 is not valid here; DRL is text, saved as UTF-8"));
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

  @Test
  void should_refuse_a_findings_global_missing_or_of_another_type_even_where_no_rule_uses_it() {
    // GIVEN: rules that compile, one without the global, one with a list under its name
    String unused =
        """
        package org.ministry.rules;
        import org.napcheck.rules.facts.*;
        rule "MIN-0002 nothing recorded" @id("MIN-0002") @severity("info")
        when ActionFact() then end
        """;
    String list =
        """
        package org.ministry.rules;
        import org.napcheck.rules.facts.*;
        global java.util.List findings;
        rule "MIN-0003 recorded in a list" @id("MIN-0003") @severity("info")
        when ActionFact() then findings.add("x"); end
        """;

    // WHEN / THEN
    for (String drl : List.of(unused, list)) {
      RuleCompilationException error =
          catchThrowableOfType(
              RuleCompilationException.class,
              () -> NapChecker.builder().extraRules("d.drl", drl).build());
      assertThat(error).as(drl).isNotNull();
      assertThat(error.getMessage())
          .contains("d.drl")
          .contains("global org.napcheck.rules.facts.Findings findings;");
    }
  }

  /** One rule inserts a fact that the other needs. */
  private static final String MARKING_RULES =
      """
      package org.ministry.rules;
      import org.napcheck.rules.facts.*;
      global Findings findings;
      declare Marker end
      rule "MIN-0005 marks" @id("MIN-0005") @severity("info")
      when ActionFact() then insert(new Marker());
      end
      rule "MIN-0006 sees the mark" @id("MIN-0006") @severity("info")
      when $action: ActionFact() Marker() then findings.record($action.getLocation());
      end
      """;

  @Test
  void should_never_fire_an_extra_rule_switched_off_nor_any_rule_when_building() {
    // GIVEN: besides the marking rules, a rule that fails whenever it fires
    String failing =
        """
        package org.ministry.rules;
        rule "MIN-0004 fails" @id("MIN-0004") @severity("info")
        when then throw new IllegalStateException("MIN-0004 fired");
        end
        """;

    // WHEN: built (no rule may run then), and checked with it and the marking rule switched off
    NapChecker checker =
        NapChecker.builder()
            .extraRules("marks.drl", MARKING_RULES)
            .extraRules("fails.drl", failing)
            .disableRules("MIN-0004", "MIN-0005")
            .build();

    // THEN: neither fired, so nothing was marked
    assertThat(checkOneAction(checker).findings())
        .noneMatch(finding -> finding.rule().startsWith("MIN-"));
  }

  @Test
  void should_let_an_extra_rule_build_on_facts_another_inserts() {
    NapChecker checker = NapChecker.builder().extraRules("marks.drl", MARKING_RULES).build();

    assertThat(checkOneAction(checker).findings())
        .filteredOn(finding -> finding.rule().equals("MIN-0006"))
        .hasSize(1);
  }

  private static CheckReport checkOneAction(NapChecker checker) {
    return checker.check(
        TestPlans.withOneAction("Monitor recruitment.", null, "Number of campaigns"),
        List.of(),
        LocalDate.of(2026, 1, 1));
  }

  /** A rule file whose one rule does {@code consequence} for the plan. */
  private static String ruleThat(String id, String consequence) {
    return """
        package org.ministry.rules;

        import org.napcheck.rules.facts.*;

        global Findings findings;

        rule "%1$s rule"
          @id("%1$s") @severity("warning")
        when
          $plan: PlanFact()
        then
          %2$s
        end
        """
        .formatted(id, consequence);
  }

  private static ExtraRuleException failureOf(String drl) {
    NapChecker checker = NapChecker.builder().extraRules("ministry.drl", drl).build();
    return catchThrowableOfType(
        ExtraRuleException.class,
        () ->
            checker.check(
                TestPlans.withOneAction("Monitor recruitment.", null, "Number of campaigns"),
                List.of(),
                LocalDate.of(2026, 1, 1)));
  }

  @Test
  void should_name_an_extra_rule_that_throws_as_the_users_input() {
    ExtraRuleException failure =
        failureOf(ruleThat("MIN-0002", "if (true) throw new IllegalStateException(\"boom\");"));

    assertThat(failure).isNotNull();
    assertThat(failure.rule()).isEqualTo("MIN-0002 rule");
    assertThat(failure.getMessage())
        .isEqualTo("extra rule \"MIN-0002 rule\" of ministry.drl failed while checking: \"boom\"");
  }

  @Test
  void should_name_an_extra_rule_that_records_a_finding_without_a_place() {
    ExtraRuleException failure = failureOf(ruleThat("MIN-0003", "findings.record(null);"));

    assertThat(failure).isNotNull();
    assertThat(failure.getMessage())
        .contains("\"MIN-0003 rule\" of ministry.drl")
        .contains("rule MIN-0003 rule recorded one with no location");
  }

  @Test
  void should_name_an_extra_rule_that_recurses_without_end() {
    String drl =
        ruleThat("MIN-0004", "down(1);")
            .replace(
                "rule \"MIN-0004",
                "function int down(int n) { return down(n + 1) + 1; }\n\nrule \"MIN-0004");

    ExtraRuleException failure = failureOf(drl);

    assertThat(failure).isNotNull();
    assertThat(failure.getMessage())
        .contains("\"MIN-0004 rule\" of ministry.drl")
        .contains("calls itself without end");
  }

  @Test
  void should_name_the_rule_drools_cannot_generate_code_for_at_its_file_and_line() {
    // GIVEN two files; the second holds a good rule, then one calling a method that does not exist
    String good = SHORT_TEXT_RULE;
    String second =
        ruleThat("MIN-0006", "findings.record($plan.getLocation());")
                .replace("package org.ministry.rules;", "package org.other.rules;")
            + ruleThat("MIN-0007", "findings.recrd($plan.getLocation());")
                .replaceAll("(?s)^.*?(?=rule \")", "");

    // WHEN
    RuleCompilationException failure =
        catchThrowableOfType(
            RuleCompilationException.class,
            () ->
                NapChecker.builder()
                    .extraRules("ministry.drl", good)
                    .extraRules("second.drl", second)
                    .build());

    // THEN only the bad rule is named, where it is
    assertThat(failure).isNotNull();
    int lineOfBadRule =
        (int) second.lines().takeWhile(line -> !line.contains("MIN-0007 rule")).count() + 1;
    assertThat(failure.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.source()).isEqualTo("second.drl");
              assertThat(problem.line()).isEqualTo(lineOfBadRule);
              assertThat(problem.message())
                  .startsWith("rule \"MIN-0007 rule\": Drools cannot generate its code: ")
                  .contains("recrd");
            });
    assertThat(failure.getMessage()).doesNotContain("public class", "Lambda", "Exception");
  }

  @Test
  void should_name_the_file_when_drools_cannot_generate_code_outside_any_rule() {
    // GIVEN a function calling a method that does not exist, and a good rule
    String withBadFunction =
        SHORT_TEXT_RULE.replace(
            "global Findings findings;",
            "global Findings findings;\n\nfunction int size(String text) { return text.lenght(); }");

    // WHEN
    RuleCompilationException failure =
        catchThrowableOfType(
            RuleCompilationException.class,
            () -> NapChecker.builder().extraRules("ministry.drl", withBadFunction).build());

    // THEN the file is named, and no rule is blamed
    assertThat(failure).isNotNull();
    assertThat(failure.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.source()).isEqualTo("ministry.drl");
              assertThat(problem.message())
                  .startsWith("Drools cannot generate code for these rules: ")
                  .doesNotContain("MIN-0001");
            });
  }

  @Test
  void should_refuse_one_id_in_two_files() {
    RuleCompilationException failure =
        catchThrowableOfType(
            RuleCompilationException.class,
            () ->
                NapChecker.builder()
                    .extraRules(
                        "first.drl", ruleThat("MIN-0005", "findings.record($plan.getLocation());"))
                    .extraRules(
                        "second.drl",
                        ruleThat("MIN-0005", "findings.record($plan.getLocation());")
                            .replace("MIN-0005 rule", "MIN-0005 other rule")
                            .replace("package org.ministry.rules;", "package org.other.rules;"))
                    .build());

    assertThat(failure).isNotNull();
    assertThat(failure.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.source()).isEqualTo("second.drl");
              assertThat(problem.line()).isPositive();
              assertThat(problem.message()).contains("takes the id MIN-0005").contains("first.drl");
            });
  }

  @Test
  void should_refuse_a_waiver_of_a_rule_that_does_not_exist_with_a_suggestion() {
    var waiver =
        new org.napcheck.model.Waiver(
            "NAP-I00l", org.napcheck.model.Location.ofPlan("X"), "typo", null, null);

    IllegalArgumentException failure =
        catchThrowableOfType(
            IllegalArgumentException.class,
            () -> NapChecker.withDefaults().refuseUnknownRules(List.of(waiver)));

    assertThat(failure)
        .hasMessage("waivers[0] waives NAP-I00l, and no rule has that id; did you mean NAP-I001?");
  }

  @Test
  void should_tell_these_mistakes_in_the_checkers_language() {
    NapChecker french =
        NapChecker.builder()
            .locale(java.util.Locale.FRENCH)
            .extraRules(
                "ministry.drl",
                ruleThat("MIN-0006", "if (true) throw new IllegalStateException(\"boom\");"))
            .build();
    var waiver =
        new org.napcheck.model.Waiver(
            "NAP-G0O4", org.napcheck.model.Location.ofPlan("X"), "typo", null, null);

    ExtraRuleException failure =
        catchThrowableOfType(
            ExtraRuleException.class,
            () ->
                french.check(
                    TestPlans.withOneAction("Monitor recruitment.", null, "Number of campaigns"),
                    List.of(),
                    LocalDate.of(2026, 1, 1)));
    IllegalArgumentException refused =
        catchThrowableOfType(
            IllegalArgumentException.class, () -> french.refuseUnknownRules(List.of(waiver)));
    IllegalArgumentException unknownId =
        catchThrowableOfType(
            IllegalArgumentException.class,
            () ->
                NapChecker.builder()
                    .locale(java.util.Locale.FRENCH)
                    .disableRules("NAP-Z999")
                    .build());

    assertThat(failure.getMessage())
        .isEqualTo(
            "la règle supplémentaire «\u202FMIN-0006 rule\u202F» de ministry.drl a échoué pendant"
                + " la vérification\u202F: «\u202Fboom\u202F»");
    assertThat(refused.getMessage())
        .isEqualTo(
            "waivers[0] lève NAP-G0O4, et aucune règle n'a cet id\u202F; vouliez-vous dire"
                + " NAP-G004\u202F?");
    assertThat(unknownId.getMessage()).isEqualTo("aucune règle n'a l'id NAP-Z999");
    RuleCompilationException noId =
        catchThrowableOfType(
            RuleCompilationException.class,
            () ->
                NapChecker.builder()
                    .locale(java.util.Locale.FRENCH)
                    .extraRules("a.drl", SHORT_TEXT_RULE.replace("@id(\"MIN-0001\") ", ""))
                    .build());
    assertThat(noId.getMessage())
        .startsWith("les règles supplémentaires ne peuvent pas être utilisées\u202F:\n")
        .contains("la règle «\u202FMIN-0001 action text too short\u202F» n'a pas de @id");
    RuleCompilationException tooBig =
        catchThrowableOfType(
            RuleCompilationException.class,
            () ->
                NapChecker.builder()
                    .locale(java.util.Locale.FRENCH)
                    .maxExtraRulesSize(10)
                    .extraRules("big.drl", SHORT_TEXT_RULE)
                    .build());
    assertThat(tooBig.getMessage()).contains("octets de DRL, plus que la limite de 10 octets");
  }

  @Test
  void should_refuse_a_second_source_of_the_same_name_rather_than_replace_the_first() {
    // GIVEN rules named a.drl, then other rules under the same name
    NapChecker.Builder builder = NapChecker.builder().extraRules("a.drl", SHORT_TEXT_RULE);

    // WHEN / THEN
    RuleCompilationException twice =
        catchThrowableOfType(
            RuleCompilationException.class,
            () -> builder.extraRules("a.drl", SHORT_TEXT_RULE.replace("MIN-0001", "MIN-0002")));
    assertThat(twice.getMessage()).contains("a.drl").contains("was given already");
    assertThat(builder.build().catalog())
        .extracting(RuleInfo::id)
        .contains("MIN-0001")
        .doesNotContain("MIN-0002");
  }

  @Test
  void should_say_which_language_it_writes_in_english_for_a_language_it_lacks() {
    assertThat(NapChecker.withDefaults().locale()).isEqualTo(java.util.Locale.ENGLISH);
    assertThat(NapChecker.builder().locale(java.util.Locale.GERMAN).build().locale())
        .isEqualTo(java.util.Locale.ENGLISH);
    assertThat(NapChecker.builder().locale(java.util.Locale.CANADA_FRENCH).build().locale())
        .isEqualTo(java.util.Locale.FRENCH);
  }
}
