package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.napcheck.io.TestData.PLAN_HEAD;
import static org.napcheck.io.TestData.data;
import static org.napcheck.io.TestData.problemsOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of file napcheck refuses, with the line, column and words it refuses it with. */
class FormatErrorsTest {

  private final NapReader reader = new NapReader();

  static Stream<Arguments> bad_files() {
    return Stream.of(
        Arguments.of(
            "syntax.yaml",
            List.of("5:11: plan.title: not valid YAML: mapping values are not allowed here")),
        Arguments.of(
            "syntax.json",
            List.of(
                "5:5: plan.id: not valid JSON: Unexpected character ('\"'): was expecting comma"
                    + " to separate Object entries")),
        Arguments.of(
            "unknown-field.yaml",
            List.of(
                "8:7: plan.pillars[0].title: missing required field 'title'",
                "9:7: plan.pillars[0].titel: unknown field 'titel' (did you mean 'title'?);"
                    + " allowed: id, title, themes, objectives")),
        Arguments.of(
            "wrong-types.yaml",
            List.of(
                "6:20: plan.period.start: expected a whole number (a year), found \"2025a\"",
                "10:31: plan.pillars[0].themes[1]: expected one of: participation | prevention"
                    + " | protection | relief-recovery | promotion, found \"peace\"",
                "17:28: plan.pillars[0].objectives[0].actions[0].responsible: expected a list,"
                    + " found \"MFA\"",
                "18:25: plan.pillars[0].objectives[0].actions[0].deadline: expected a year (e.g."
                    + " 2029) or a date (YYYY-MM-DD), found \"soon\"",
                "19:27: plan.pillars[0].objectives[0].actions[0].continuous: expected true or"
                    + " false, found \"yes\"")),
        Arguments.of(
            "missing-field.yaml",
            List.of(
                "6:11: plan.period.end: missing required field 'end'",
                "8:7: plan.pillars[0].title: missing required field 'title'")),
        Arguments.of(
            "duplicate-key.yaml",
            List.of(
                "6:3: plan.country: duplicate key 'country': a key may appear once in an object")),
        Arguments.of(
            "duplicate-key.json",
            List.of("5:5: plan.id: duplicate key 'id': a key may appear once in an object")),
        Arguments.of(
            "version.yaml",
            List.of(
                "1:11: napcheck: unsupported format version 2: this napcheck reads napcheck: 1")),
        Arguments.of(
            "invalid.yaml",
            List.of(
                "7:11: plan.period: the period must not end before it starts",
                "8:21: plan.budget.amount: must be greater than or equal to 0",
                "10:11: plan.pillars[0].id: must not be blank")),
        Arguments.of(
            "lead.yaml",
            List.of(
                "15:15: plan.pillars[0].objectives[0].actions[0]: every body in lead must also be"
                    + " in responsible")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad_files")
  void should_refuse_a_bad_plan_saying_where_and_what_was_expected(
      String file, List<String> expected) {
    // GIVEN
    Path plan = data("bad/" + file);

    // WHEN
    List<String> problems = problemsOf(() -> reader.readPlan(plan));

    // THEN
    assertThat(problems).containsExactlyElementsOf(expected);
  }

  @Test
  void should_refuse_an_impossible_date_and_an_unknown_status() {
    assertThat(problemsOf(() -> reader.readMonitoringReport(data("bad/bad-date.yaml"))))
        .containsExactly(
            "6:14: report.submitted: not a valid date, expected YYYY-MM-DD, found \"2026-02-30\"",
            "8:32: report.actions[0].status: expected one of: not-started | in-progress | ongoing"
                + " | completed | cancelled, found \"done\"");
  }

  @Test
  void should_refuse_bad_csv_cells_naming_line_column_and_column_name() {
    assertThat(problemsOf(() -> reader.readValuesCsv(data("bad/values.csv"))))
        .containsExactly(
            "2:32: female: must be greater than or equal to 0",
            "3:12: year: expected a whole number (a year), found \"20x6\"",
            "4:29: value: expected a number, e.g. 140, found nothing");
  }

  @Test
  void should_name_the_file_and_list_every_problem_in_the_message() {
    // GIVEN
    Path plan = data("bad/invalid.yaml");

    // WHEN
    NapFormatException thrown =
        catchThrowableOfType(NapFormatException.class, () -> reader.readPlan(plan));

    // THEN one line per problem, file:line:column: path: message, and no stack trace
    assertThat(thrown.getMessage().lines())
        .containsExactly(
            plan + ":7:11: plan.period: the period must not end before it starts",
            plan + ":8:21: plan.budget.amount: must be greater than or equal to 0",
            plan + ":10:11: plan.pillars[0].id: must not be blank");
    assertThat(thrown.problems().get(0))
        .isEqualTo(
            new Problem(
                plan.toString(), 7, 11, "plan.period", "the period must not end before it starts"));
  }

  @Test
  void should_keep_the_parser_error_as_the_cause_but_out_of_the_message() {
    // WHEN
    NapFormatException thrown =
        catchThrowableOfType(
            NapFormatException.class, () -> reader.readPlan(data("bad/syntax.json")));

    // THEN
    assertThat(thrown.getCause()).isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
    assertThat(thrown.getMessage()).doesNotContain("at com.").doesNotContain("[Source:");
  }

  @Nested
  class WholeFile {

    @Test
    void should_refuse_an_empty_file(@TempDir Path folder) throws Exception {
      // GIVEN
      Path empty = Files.createFile(folder.resolve("plan.yaml"));

      // WHEN / THEN
      assertThat(problemsOf(() -> reader.readPlan(empty))).containsExactly("the file is empty");
    }

    @Test
    void should_refuse_a_file_of_comments_only() {
      assertThat(problemsOf(() -> reader.readPlan("# nothing yet\n", "plan.yaml")))
          .containsExactly("the file is empty (only comments)");
    }

    @Test
    void should_refuse_bytes_that_are_not_utf8_saying_where() {
      // GIVEN "café" in Latin-1
      byte[] latin1 = "napcheck: 1\nplan:\n  id: café\n".getBytes(StandardCharsets.ISO_8859_1);

      // WHEN / THEN
      assertThat(problemsOf(() -> reader.readPlan(new ByteArrayInputStream(latin1), "plan.yaml")))
          .containsExactly("3:10: not UTF-8: byte 0xE9 is not valid here; save the file as UTF-8");
    }

    @Test
    void should_refuse_a_root_that_is_not_an_object() {
      assertThat(problemsOf(() -> reader.readPlan("- just\n- a list\n", "plan.yaml")))
          .containsExactly("1:1: expected an object {napcheck: 1, plan: {...}}, found a list");
    }

    @Test
    void should_refuse_a_file_without_its_format_version() {
      assertThat(
              problemsOf(
                  () -> reader.readPlan(PLAN_HEAD.replace("napcheck: 1\n", ""), "plan.yaml")))
          .containsExactly(
              "1:1: napcheck: missing required field 'napcheck' (the format version: napcheck:"
                  + " 1)");
    }

    @Test
    void should_refuse_two_yaml_documents_in_one_file() {
      assertThat(problemsOf(() -> reader.readPlan(PLAN_HEAD + "---\nnapcheck: 1\n", "p.yaml")))
          .containsExactly("8:1: more than one YAML document; a file holds one");
    }

    @Test
    void should_refuse_an_alias_to_an_unknown_anchor() {
      assertThat(problemsOf(() -> reader.readPlan(PLAN_HEAD + "  actors: *nobody\n", "p.yaml")))
          .containsExactly(
              "7:11: plan.actors: the alias *nobody names no anchor napcheck can use: anchor a"
                  + " whole object or list (&nobody) before using it");
    }

    @Test
    void should_refuse_a_plan_file_with_an_unknown_extension(@TempDir Path folder)
        throws Exception {
      // GIVEN
      Path text = Files.writeString(folder.resolve("plan.txt"), PLAN_HEAD);

      // WHEN / THEN
      assertThat(problemsOf(() -> reader.readPlan(text)))
          .containsExactly(
              "cannot tell the format of this file from its name: use .yaml, .yml or .json");
    }
  }

  @Nested
  class BeanValidation {

    @Test
    void should_list_every_violation_at_once_with_its_line_and_column() {
      // GIVEN a blank pillar id, a negative budget and a period ending before it starts
      Path plan = data("bad/invalid.yaml");

      // WHEN
      NapFormatException thrown =
          catchThrowableOfType(NapFormatException.class, () -> reader.readPlan(plan));

      // THEN three problems: the blank id is said once, not also as a pattern mismatch
      assertThat(thrown.problems())
          .extracting(Problem::line, Problem::column, Problem::path)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(7, 11, "plan.period"),
              org.assertj.core.groups.Tuple.tuple(8, 21, "plan.budget.amount"),
              org.assertj.core.groups.Tuple.tuple(10, 11, "plan.pillars[0].id"));
    }

    @Test
    void should_place_a_violation_inside_a_list_of_texts_on_its_element() {
      // GIVEN a blank responsible body
      String yaml =
          PLAN_HEAD
              + """
                pillars:
                  - id: I
                    title: T
                    objectives:
                      - id: 1.a
                        title: T
                        actions:
                          - id: 1.a.1
                            text: T
                            responsible: [MFA, "", MAINT]
              """;

      // WHEN / THEN
      assertThat(problemsOf(() -> reader.readPlan(yaml, "plan.yaml")))
          .containsExactly(
              "16:34: plan.pillars[0].objectives[0].actions[0].responsible[1]: must not be blank");
    }

    @Test
    void should_place_a_violation_in_a_breakdown_on_its_category() {
      // GIVEN a negative count
      String yaml =
          """
          napcheck: 1
          report:
            plan: P
            year: 1850
            reporter: MFA
            values:
              - indicator: 1.a.1-1
                value: 3
                breakdown: { sex: { female: 4, male: -1 } }
          """;

      // WHEN / THEN
      assertThat(
              problemsOf(
                  () ->
                      reader.readMonitoringReport(
                          new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                          "report.yaml")))
          .containsExactly(
              "4:9: report.year: must be a year between 1900 and 2200",
              "9:44: report.values[0].breakdown.sex.male: must be greater than or equal to 0");
    }

    @Test
    void should_place_a_violation_after_an_unreadable_list_element_on_the_right_element() {
      // GIVEN a pillar that is not an object, then one with a blank id
      String yaml =
          PLAN_HEAD
              + """
                pillars:
                  - Participation
                  - { id: "", title: Prevention }
              """;

      // WHEN / THEN the blank id is the file's second pillar, though the first was dropped
      assertThat(problemsOf(() -> reader.readPlan(yaml, "plan.yaml")))
          .containsExactly(
              "8:7: plan.pillars[0]: expected an object (a pillar), found \"Participation\"",
              "9:13: plan.pillars[1].id: must not be blank");
    }

    @Test
    void should_list_at_most_500_problems() {
      // GIVEN a thousand unknown fields
      var yaml = new StringBuilder(PLAN_HEAD);
      for (int i = 0; i < 1000; i++) {
        yaml.append("  field").append(i).append(": x\n");
      }

      // WHEN
      List<String> problems = problemsOf(() -> reader.readPlan(yaml.toString(), "plan.yaml"));

      // THEN
      assertThat(problems).hasSize(501).endsWith("and 500 more problems, not listed");
    }

    @Test
    void should_not_repeat_a_type_problem_as_a_violation() {
      // GIVEN a value that is neither a number nor given as a text
      String yaml =
          """
          napcheck: 1
          report:
            plan: P
            year: 2026
            reporter: MFA
            values:
              - { indicator: 1.a.1-1, value: many }
          """;

      // WHEN / THEN only the type is said, not also "a value needs a number or a text"
      assertThat(
              problemsOf(
                  () ->
                      reader.readMonitoringReport(
                          new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                          "report.yaml")))
          .containsExactly(
              "7:36: report.values[0].value: expected a number, e.g. 140, found \"many\"");
    }
  }
}
