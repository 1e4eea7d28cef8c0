package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.napcheck.model.RuleInfo;

/**
 * Extra rules are code the checker runs with its own rights: an application can forbid them, and
 * every checker bounds their size.
 */
class ExtraRulesTrustTest {
  private static final String RULE =
      """
      package org.ministry.rules;
      import org.napcheck.rules.facts.*;
      global Findings findings;
      rule "MIN-0001 every action"
        @id("MIN-0001") @severity("info")
      when
        $action: ActionFact()
      then
        findings.record($action.getLocation());
      end
      """;

  @Test
  void should_run_extra_rules_as_code_with_the_checkers_rights() {
    // GIVEN a rule whose action is any Java at all: here, setting a system property
    String anyCode =
        RULE.replace(
            "findings.record($action.getLocation());",
            "System.setProperty(\"napcheck.test.ran\", \"yes\");"
                + " findings.record($action.getLocation());");
    NapChecker checker = NapChecker.builder().extraRules("code.drl", anyCode).build();

    // WHEN
    checker.check(
        TestPlans.withOneAction("Train staff.", 2027, "Number of people"),
        List.of(),
        LocalDate.of(2026, 1, 1));

    // THEN: what SECURITY.md says, shown
    assertThat(System.getProperty("napcheck.test.ran")).isEqualTo("yes");
    System.clearProperty("napcheck.test.ran");
  }

  @Nested
  class Forbidden {
    @Test
    void should_refuse_extra_rules_when_the_application_forbids_them() {
      NapChecker.Builder builder = NapChecker.builder().allowExtraRules(false);

      assertThatIllegalStateException()
          .isThrownBy(() -> builder.extraRules("ministry.drl", RULE))
          .withMessage(
              "extra rules are not allowed: this checker is built with allowExtraRules(false)");
    }

    @Test
    void should_refuse_extra_rules_from_a_file_before_reading_it(@TempDir Path dir) {
      NapChecker.Builder builder = NapChecker.builder().allowExtraRules(false);

      assertThatIllegalStateException()
          .isThrownBy(() -> builder.extraRules(dir.resolve("no-such-file.drl")));
    }

    @Test
    void should_refuse_rules_added_before_they_were_forbidden() {
      NapChecker.Builder builder =
          NapChecker.builder().extraRules("ministry.drl", RULE).allowExtraRules(false);

      assertThatIllegalStateException().isThrownBy(builder::build);
    }

    @Test
    void should_build_a_checker_with_napchecks_own_rules_only() {
      NapChecker checker = NapChecker.builder().allowExtraRules(false).build();

      assertThat(checker.catalog()).extracting(RuleInfo::id).allMatch(id -> id.startsWith("NAP-"));
    }
  }

  @Nested
  class Size {
    @Test
    void should_allow_1_mib_of_drl_unless_told_otherwise() {
      assertThat(NapChecker.DEFAULT_MAX_EXTRA_RULES_SIZE).isEqualTo(1024 * 1024);
    }

    @Test
    void should_refuse_drl_over_the_limit_before_compiling_it() {
      // GIVEN 1 MiB and one byte of DRL
      String padded = RULE + "//" + "x".repeat(1024 * 1024 - RULE.length() - 2) + "x";

      // WHEN
      RuleCompilationException refused =
          catchThrowableOfType(
              RuleCompilationException.class,
              () -> NapChecker.builder().extraRules("big.drl", padded));

      // THEN
      assertThat(refused.problems())
          .singleElement()
          .hasToString(
              "big.drl: 1048577 bytes of DRL, more than the limit of 1048576 bytes (1 MiB) for"
                  + " extra rules");
    }

    @Test
    void should_count_bytes_not_characters() {
      // GIVEN 20 characters, 40 bytes in UTF-8
      String accents = "// " + "é".repeat(20);

      // WHEN / THEN
      assertThat(
              catchThrowableOfType(
                  RuleCompilationException.class,
                  () -> NapChecker.builder().maxExtraRulesSize(30).extraRules("a.drl", accents)))
          .hasMessageContaining("a.drl: 43 bytes of DRL, more than the limit of 30 bytes");
    }

    @Test
    void should_count_every_file_together() {
      // GIVEN a limit that each file fits, but not both
      NapChecker.Builder builder =
          NapChecker.builder().maxExtraRulesSize(RULE.length() + 10).extraRules("a.drl", RULE);

      // WHEN
      RuleCompilationException refused =
          catchThrowableOfType(
              RuleCompilationException.class, () -> builder.extraRules("b.drl", RULE));

      // THEN
      assertThat(refused)
          .hasMessageContaining(
              "b.drl: "
                  + RULE.length()
                  + " bytes of DRL, "
                  + 2 * RULE.length()
                  + " with the other extra rules");
    }

    @Test
    void should_refuse_a_huge_file_without_reading_it(@TempDir Path dir) throws Exception {
      // GIVEN a 4 GiB file that holds nothing (sparse): reading it would exhaust the heap
      Path huge = dir.resolve("huge.drl");
      try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
        file.setLength(4L * 1024 * 1024 * 1024);
      }

      // WHEN / THEN
      assertThat(
              catchThrowableOfType(
                  RuleCompilationException.class, () -> NapChecker.builder().extraRules(huge)))
          .hasMessageContaining("huge.drl: 4294967296 bytes of DRL");
    }

    @Test
    void should_hold_a_limit_lowered_after_rules_were_added() {
      NapChecker.Builder builder =
          NapChecker.builder().extraRules("a.drl", RULE).maxExtraRulesSize(10);

      assertThat(catchThrowableOfType(RuleCompilationException.class, builder::build))
          .hasMessageContaining("a.drl: " + RULE.length() + " bytes of DRL");
    }
  }
}
