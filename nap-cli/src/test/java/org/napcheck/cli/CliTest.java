package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command as a user runs it, with real files, exit codes and streams, in this JVM ({@link
 * InProcess}); what needs the jar and a process of its own is in the {@code *IT} tests.
 */
class CliTest {
  private static final String PLAN = Jar.LUXEMBOURG.resolve("plan.yaml").toString();
  private static final String MONITORING = Jar.LUXEMBOURG.resolve("monitoring").toString();

  @Nested
  class Check {
    @Test
    void should_report_findings_in_text_and_exit_1_when_errors_are_found() throws Exception {
      // WHEN
      Jar.Run run =
          InProcess.run("check", PLAN, "--monitoring", MONITORING, "--as-of", "2027-04-01");

      // THEN
      assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
      assertThat(run.out())
          .contains("LU-WPS-2")
          .contains("NAP-M003")
          .contains("NAP-M010")
          .contains("III. PROTECTION, RELIEF AND RECOVERY");
      assertThat(run.err()).doesNotContain("DEBUG").doesNotContain("INFO");
    }

    @ParameterizedTest(name = "--fail-on {0} -> {1}")
    @CsvSource({"error, 0", "warning, 1", "info, 1", "never, 0"})
    void should_exit_by_the_fail_on_threshold(String threshold, int exitCode) throws Exception {
      // GIVEN: before any deadline, a clean draft gives warnings and information but no error
      Path draft = Files.createTempFile("draft", ".yaml");
      Files.writeString(
          draft,
          """
          napcheck: 1
          plan:
            id: XX-1
            country: LU
            title: Draft
            period: { start: 2025, end: 2030 }
            actors: [ { code: MFA, name: Ministry } ]
            pillars:
              - id: I
                title: Participation, prevention, protection, relief and recovery
                objectives:
                  - id: 1.a
                    title: Equal representation
                    actions:
                      - id: 1.a.1
                        text: Train diplomats.
                        responsible: [MFA]
                        indicators: [ { id: 1.a.1-1, text: Number and gender of participants } ]
          """);

      // WHEN
      Jar.Run run =
          InProcess.run("check", draft.toString(), "--as-of", "2025-06-01", "--fail-on", threshold);

      // THEN
      assertThat(run.out()).contains("NAP-G001").doesNotContain(" error ");
      assertThat(run.exitCode()).isEqualTo(exitCode);
      Files.delete(draft);
    }

    @Test
    void should_give_the_same_json_bytes_for_the_same_input() throws Exception {
      Jar.Run first =
          InProcess.run(
              "check",
              PLAN,
              "--monitoring",
              MONITORING,
              "--as-of",
              "2030-01-01",
              "--format",
              "json");
      Jar.Run second =
          InProcess.run(
              "check",
              PLAN,
              "--monitoring",
              MONITORING,
              "--as-of",
              "2030-01-01",
              "--format",
              "json");
      assertThat(first.out()).isEqualTo(second.out()).contains("\"asOf\": \"2030-01-01\"");
    }

    @Test
    void should_write_french_messages_with_lang_fr() throws Exception {
      Jar.Run run =
          InProcess.run(
              "check", PLAN, "--monitoring", MONITORING, "--as-of", "2030-01-01", "--lang", "fr");
      assertThat(run.out())
          .contains("L'action 3.b.3 était due le 31 décembre 2029")
          .contains("Synthèse\u202F: ");
    }

    @Test
    void should_speak_the_plans_language_when_no_lang_is_given(@TempDir Path dir) throws Exception {
      // GIVEN Luxembourg's plan, said to be in French
      Path plan = dir.resolve("plan.yaml");
      Files.writeString(
          plan,
          Files.readString(Path.of(PLAN), StandardCharsets.UTF_8)
              .replaceFirst("(?m)^  language: en$", "  language: fr"),
          StandardCharsets.UTF_8);
      Path report = dir.resolve("report.txt");

      // WHEN
      Jar.Run french =
          InProcess.run(
              "check", plan.toString(), "--monitoring", MONITORING, "--as-of", "2030-01-01");
      Jar.Run written =
          InProcess.run(
              "check",
              plan.toString(),
              "--monitoring",
              MONITORING,
              "--as-of",
              "2030-01-01",
              "--output",
              report.toString());
      Jar.Run english =
          InProcess.run(
              "check",
              plan.toString(),
              "--monitoring",
              MONITORING,
              "--as-of",
              "2030-01-01",
              "--lang",
              "en");

      // THEN
      assertThat(french.out()).contains("L'action 3.b.3 était due le 31 décembre 2029");
      assertThat(written.err()).contains("avertissements").doesNotContain("warnings");
      assertThat(english.out()).contains("Action 3.b.3 was due by 2029-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "csv", "md", "html", "sarif"})
    void should_write_every_format_to_a_file_and_leave_no_temporary_file(
        String format, @TempDir Path dir) throws Exception {
      // GIVEN
      Path report = dir.resolve("report." + format);

      // WHEN
      Jar.Run run =
          InProcess.run(
              "check",
              PLAN,
              "--monitoring",
              MONITORING,
              "--as-of",
              "2027-04-01",
              "--format",
              format,
              "--output",
              report.toString());

      // THEN
      assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
      assertThat(report).isNotEmptyFile();
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).containsExactly(report);
      }
      assertThat(run.err()).contains("-> " + report);
    }

    @Test
    void should_refuse_to_write_a_report_over_an_input(@TempDir Path dir) throws Exception {
      // GIVEN
      Path plan = dir.resolve("plan.yaml");
      Files.copy(Jar.LUXEMBOURG.resolve("plan.yaml"), plan);
      byte[] before = Files.readAllBytes(plan);

      // WHEN
      Jar.Run run = InProcess.run("check", plan.toString(), "--output", plan.toString());

      // THEN
      assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(run.err()).contains("refusing to write the report over an input");
      assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    }

    @Test
    void should_apply_waivers_and_extra_rules(@TempDir Path dir) throws Exception {
      // GIVEN
      Path waivers = dir.resolve("waivers.yaml");
      Files.writeString(
          waivers,
          """
          napcheck: 1
          waivers:
            - rule: NAP-M001
              location: { action: 3.b.3 }
              reason: Training moved to 2030 by the Police directorate
              approvedBy: MFA D4
              expires: 2030-12-31
          """);
      Path rules = dir.resolve("ministry.drl");
      Files.writeString(
          rules,
          """
          package org.ministry.rules;
          import org.napcheck.rules.facts.*;
          global Findings findings;
          rule "MIN-0001 action text too short"
            @id("MIN-0001") @severity("info") @message("Action {action} says too little.")
          when
            $action: ActionFact(text.length() < 25)
          then
            findings.record($action.getLocation());
          end
          """);

      // WHEN
      Jar.Run run =
          InProcess.run(
              "check",
              PLAN,
              "--monitoring",
              MONITORING,
              "--as-of",
              "2030-01-01",
              "--format",
              "json",
              "--waivers",
              waivers.toString(),
              "--rules",
              rules.toString());

      // THEN
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .contains("\"MIN-0001\"")
          .contains("\"waived\": true")
          .contains("Training moved to 2030 by the Police directorate");
    }

    @Test
    void should_name_the_file_and_line_of_bad_extra_rules(@TempDir Path dir) throws Exception {
      Path rules = dir.resolve("broken.drl");
      Files.writeString(rules, "package x;\nrule \"r\"\nwhen\n  $a: NoSuchFact(\nthen\nend\n");
      Jar.Run run = InProcess.run("check", PLAN, "--rules", rules.toString());
      assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(run.err()).contains("broken.drl:").doesNotContain("\tat ");
    }
  }

  @Nested
  class Bad_input {
    @Test
    void should_name_file_line_and_column_without_a_stack_trace(@TempDir Path dir)
        throws Exception {
      // GIVEN: a period whose start is not a year, on line 5
      Path plan = dir.resolve("plan.yaml");
      Files.writeString(
          plan,
          "napcheck: 1\nplan:\n  id: X-1\n  country: LU\n  title: Draft\n  period: { start: twenty, end: 2030 }\n",
          StandardCharsets.UTF_8);

      // WHEN
      Jar.Run run = InProcess.run("check", plan.toString());

      // THEN
      assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(run.err()).contains("plan.yaml:6:").contains("start").doesNotContain("\tat ");
      assertThat(run.out()).isEmpty();
    }

    @Test
    void should_print_the_stack_trace_with_debug(@TempDir Path dir) throws Exception {
      Path plan = dir.resolve("plan.yaml");
      Files.writeString(plan, "napcheck: 1\nplan: [\n");
      Jar.Run run = InProcess.run("check", plan.toString(), "--debug");
      assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(run.err()).contains("\tat ");
    }

    @Test
    void should_exit_2_on_an_unknown_option_or_a_missing_file() throws Exception {
      assertThat(InProcess.run("check", PLAN, "--no-such-option").exitCode())
          .isEqualTo(ExitCode.BAD_INPUT);
      Jar.Run missing = InProcess.run("check", "no/such/plan.yaml");
      assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(missing.err()).contains("no/such/plan.yaml");
    }

    @Test
    void should_check_the_rest_of_a_folder_when_one_plan_is_broken(@TempDir Path dir)
        throws Exception {
      // GIVEN: two readable plans and a broken one
      copyLuxembourg(dir.resolve("lu"));
      copyLuxembourg(dir.resolve("lu-copy"));
      Files.createDirectories(dir.resolve("broken"));
      Files.writeString(dir.resolve("broken/plan.yaml"), "napcheck: 1\nplan:\n  id: [\n");
      Path out = dir.resolve("reports");

      // WHEN
      Jar.Run run =
          InProcess.run(
              "check",
              dir.toString(),
              "--as-of",
              "2027-04-01",
              "--format",
              "json",
              "--output",
              out.toString());

      // THEN
      assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(run.out())
          .containsPattern("broken/plan.yaml +FAILED: cannot check: 1 problem")
          .contains("broken/plan.yaml:4:1: plan.id: not valid YAML")
          .contains("lu/plan.yaml")
          .contains("lu-copy/plan.yaml");
      assertThat(out.resolve("lu.json")).isNotEmptyFile();
      assertThat(out.resolve("lu-copy.json")).isNotEmptyFile();
      assertThat(out.resolve("summary.csv")).content().contains("broken/plan.yaml");
      assertThat(run.err()).contains("1 of 3 plans could not be read");
    }
  }

  @Test
  void should_print_the_catalog_as_text_and_json() throws Exception {
    Jar.Run text = InProcess.run("rules");
    Jar.Run json = InProcess.run("rules", "--format", "json", "--lang", "fr");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("NAP-M001  error   Action overdue");
    assertThat(json.out())
        .contains("\"id\": \"NAP-I001\"")
        .contains("Ventilation par sexe manquante");
  }

  @Test
  void should_validate_format_only() throws Exception {
    Jar.Run run = InProcess.run("validate", PLAN, "--monitoring", MONITORING);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("valid plan LU-WPS-2 (4 pillars, 31 objectives, 106 actions, 178 indicators");
  }

  @Test
  void should_show_new_and_resolved_findings_between_two_reports(@TempDir Path dir)
      throws Exception {
    // GIVEN
    Path before = dir.resolve("2029.json");
    Path after = dir.resolve("2030.json");
    InProcess.run(
        "check",
        PLAN,
        "--monitoring",
        MONITORING,
        "--as-of",
        "2029-12-31",
        "--format",
        "json",
        "--output",
        before.toString());
    InProcess.run(
        "check",
        PLAN,
        "--monitoring",
        MONITORING,
        "--as-of",
        "2030-01-01",
        "--format",
        "json",
        "--output",
        after.toString());

    // WHEN
    Jar.Run run = InProcess.run("diff", before.toString(), after.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out())
        .containsPattern("new +error +NAP-M001 +Action 3.b.3 was due by 2029-12-31");
    assertThat(run.out()).contains("resolved");
  }

  private static void copyLuxembourg(Path target) throws IOException {
    Files.createDirectories(target.resolve("monitoring"));
    Files.copy(Jar.LUXEMBOURG.resolve("plan.yaml"), target.resolve("plan.yaml"));
    try (Stream<Path> files = Files.list(Jar.LUXEMBOURG.resolve("monitoring"))) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve("monitoring").resolve(file.getFileName()));
      }
    }
  }
}
