package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napcheck.testkit.NapAssertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.napcheck.io.NapFormatException;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Plan;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Severity;
import org.napcheck.rules.NapChecker;

/** Each example does what its documentation says, and its {@code main} runs. */
class ExamplesTest {

  @Nested
  class Embedding {
    @Test
    void should_give_every_concurrent_request_the_answer_of_a_request_alone() throws Exception {
      // GIVEN one service, one checker
      var service = new EmbeddingExample(Locale.ENGLISH);
      String plan = EmbeddingExample.luxembourgPlan();
      String alone = service.check(plan, LocalDate.of(2030, 1, 1));

      // WHEN 24 requests come at once on 6 threads
      List<String> answers = service.serve(plan, LocalDate.of(2030, 1, 1), 24, 6);

      // THEN
      assertThat(answers).hasSize(24).containsOnly(alone);
      assertThat(alone).contains("\"rule\": \"NAP-P005\"").contains("\"notApplied\"");
    }

    @Test
    void should_answer_a_bad_request_with_its_problems() {
      var service = new EmbeddingExample(Locale.ENGLISH);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> service.check("napcheck: 1\nplan: { id: X }\n", LocalDate.of(2030, 1, 1)))
          .isInstanceOf(NapFormatException.class)
          .hasMessageContaining("draft.yaml:2:");
    }

    @Test
    void should_run() throws Exception {
      assertThat(output(() -> EmbeddingExample.main(new String[0])))
          .contains("32 requests on 8 threads")
          .contains("every answer the same");
    }
  }

  @Nested
  class Nightly_batch {
    @Test
    void should_write_reports_and_exit_2_when_a_plan_cannot_be_read(@TempDir Path dir)
        throws Exception {
      // GIVEN Luxembourg's plan and a broken one
      Path plans = dir.resolve("plans");
      copy(ExampleData.luxembourg(), plans.resolve("lu-wps-2"));
      Files.createDirectories(plans.resolve("broken"));
      Files.writeString(plans.resolve("broken/plan.yaml"), "napcheck: 1\nplan: { id: [ }\n");
      Path reports = dir.resolve("reports");
      var log = new ByteArrayOutputStream();

      // WHEN
      int exitCode =
          NightlyBatchExample.run(
              plans,
              reports,
              LocalDate.of(2027, 4, 1),
              Severity.ERROR,
              new PrintStream(log, true, StandardCharsets.UTF_8));

      // THEN
      assertThat(exitCode).isEqualTo(NightlyBatchExample.UNREADABLE);
      assertThat(reports.resolve("lu-wps-2.json")).content().contains("\"asOf\": \"2027-04-01\"");
      assertThat(reports.resolve("lu-wps-2.html")).isNotEmptyFile();
      assertThat(log.toString(StandardCharsets.UTF_8))
          .contains("lu-wps-2: 5 errors, 70 warnings, 72 info")
          .contains("broken: cannot be checked")
          .contains("plan.yaml:2:");
    }

    @Test
    void should_exit_1_on_errors_and_0_when_nothing_reaches_the_threshold(@TempDir Path dir)
        throws Exception {
      Path plans = dir.resolve("plans");
      copy(ExampleData.luxembourg(), plans.resolve("lu-wps-2"));
      var quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      LocalDate asOf = LocalDate.of(2027, 4, 1);
      assertThat(NightlyBatchExample.run(plans, dir.resolve("r1"), asOf, Severity.ERROR, quiet))
          .isEqualTo(NightlyBatchExample.FINDINGS);

      Files.writeString(
          plans.resolve("lu-wps-2/plan.yaml"),
          """
          napcheck: 1
          plan:
            id: XX-1
            country: LU
            title: A clean draft
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
      Files.walk(plans.resolve("lu-wps-2/monitoring"))
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(path -> path.toFile().delete());
      assertThat(NightlyBatchExample.run(plans, dir.resolve("r2"), asOf, Severity.ERROR, quiet))
          .isEqualTo(NightlyBatchExample.CLEAN);
    }

    @Test
    void should_run(@TempDir Path dir) throws Exception {
      // main ends with System.exit: its work is run() with main's defaults
      String log =
          output(
              () ->
                  NightlyBatchExample.run(
                      ExampleData.luxembourg().getParent(),
                      dir,
                      LocalDate.of(2030, 1, 1),
                      Severity.ERROR,
                      System.out));
      assertThat(log).contains("lu-wps-2: 6 errors");
    }
  }

  @Nested
  class Ministry_rule {
    @Test
    void should_check_the_ministry_rule_beside_napcheck_rules() throws Exception {
      // GIVEN
      NapChecker checker = MinistryRuleExample.checker();

      // WHEN
      CheckReport report = checker.check(Luxembourg.plan(), List.of(), LocalDate.of(2027, 4, 1));

      // THEN: 3.b.1 (Police, no deadline) fires; 3.b.3 ("By 2029") and 1.a.1 ("Monitor
      // recruitment", continuing work) do not
      RuleInfo rule =
          checker.catalog().stream()
              .filter(info -> info.id().equals("MIN-POL-001"))
              .findFirst()
              .orElseThrow();
      assertThat(rule.origin()).isEqualTo("ministry.drl");
      assertThat(rule.fix()).startsWith("State the year");
      assertThat(report)
          .hasFinding("MIN-POL-001")
          .at("3.b.1")
          .withSeverity(Severity.WARNING)
          .withMessageContaining("is the Police's")
          .and()
          .hasNoFinding("MIN-POL-001", "3.b.3")
          .hasNoFinding("MIN-POL-001", "1.a.1")
          .hasFinding("NAP-P005");
    }

    @Test
    void should_run() throws Exception {
      assertThat(output(() -> MinistryRuleExample.main(new String[0])))
          .contains("MIN-POL-001 (warning): Police action with no deadline")
          .contains("actions of the Police state no deadline");
    }
  }

  @Nested
  class Waiver {
    @Test
    void should_waive_the_police_training_until_its_waiver_expires() throws Exception {
      NapChecker checker = WaiverExample.checker();

      CheckReport in2030 = WaiverExample.check(checker, LocalDate.of(2030, 1, 1));
      assertThat(in2030)
          .hasFinding("NAP-M001")
          .at("3.b.3")
          .waived()
          .and()
          .hasNoFinding("NAP-I004")
          .hasNoFinding("NAP-W001");

      CheckReport in2031 = WaiverExample.check(checker, LocalDate.of(2031, 1, 1));
      assertThat(in2031)
          .hasFinding("NAP-M001")
          .at("3.b.3")
          .notWaived()
          .and()
          .hasFinding("NAP-W001");
    }

    @Test
    void should_run() throws Exception {
      assertThat(output(() -> WaiverExample.main(new String[0])))
          .contains("NAP-M001 (waived: Training moved to 2030 by the Police directorate)")
          .contains("NAP-I004 findings: 0");
    }
  }

  @Nested
  class Spreadsheet {
    @Test
    void should_write_workbooks_and_read_the_plan_back_equal(@TempDir Path dir) throws Exception {
      Plan read = SpreadsheetExample.run(dir);
      assertThat(read).isEqualTo(Luxembourg.plan());
      assertThat(dir.resolve("lu-wps-2-template.xlsx")).isNotEmptyFile();
      assertThat(dir.resolve("lu-wps-2-tables.xlsx")).isNotEmptyFile();
      assertThat(dir.resolve("lu-wps-2-findings.xlsx")).isNotEmptyFile();
    }

    @Test
    void should_run(@TempDir Path dir) throws Exception {
      assertThat(output(() -> SpreadsheetExample.main(new String[] {dir.toString()})))
          .contains("LU-WPS-2: 106 actions read back from the template");
    }
  }

  /** What a program printed on standard output. */
  private static String output(ThrowingRunnable program) throws Exception {
    PrintStream before = System.out;
    var out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(before);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
