package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.napcheck.io.TestData.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.napcheck.model.Budget;
import org.napcheck.model.IndicatorValue;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Period;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;

class NapWriterTest {

  private final NapReader reader = new NapReader();
  private final NapWriter writer = new NapWriter();

  @Nested
  class RoundTrips {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan.yaml", "plan.json", "draft.yaml"})
    void should_read_back_an_equal_plan_from_yaml_and_from_json(String sample) throws IOException {
      // GIVEN
      Plan plan = reader.readPlan(data(sample));

      // WHEN
      Plan fromYaml = reader.readPlan(writer.planToYaml(plan), "plan.yaml");
      Plan fromJson = reader.readPlan(writer.planToJson(plan), "plan.json");

      // THEN
      assertThat(fromYaml).isEqualTo(plan);
      assertThat(fromJson).isEqualTo(plan);
    }

    @Test
    void should_read_back_an_equal_report_from_yaml_and_from_json() throws IOException {
      // GIVEN
      MonitoringReport report = reader.readMonitoringReport(data("report.yaml"));

      // WHEN
      MonitoringReport fromYaml =
          readMonitoringReport(writer.monitoringReportToYaml(report), "report.yaml");
      MonitoringReport fromJson =
          readMonitoringReport(writer.monitoringReportToJson(report), "report.json");

      // THEN
      assertThat(fromYaml).isEqualTo(report);
      assertThat(fromJson).isEqualTo(report);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
        strings = {
          "yes",
          "no",
          "NO",
          "null",
          "~",
          "true",
          "1.10",
          "12",
          "1e3",
          "0x1F",
          ".inf",
          "03-31",
          "a: b",
          "# not a comment",
          "- not a list",
          " leading space",
          "trailing space ",
          "two\nlines",
          "two\nlines\n",
          "€ « Women, Peace and Security » “quoted”",
          "*alias",
          "&anchor",
          "!tag",
          "%directive",
          "@at",
          "`tick",
          "[bracket]",
          "{brace}",
          "a, b",
          "a #b",
          "'single'",
          "\"double\"",
          "MAINT/Police",
          "-",
          "?",
          ":",
          "x:",
          "A:\u2028B",
          "line\u2029separator\u2028",
          "tab\there"
        })
    void should_read_back_any_text_written_as_yaml(String text) throws IOException {
      // GIVEN a plan whose title is a text YAML could misread
      Plan plan = planTitled(text);

      // WHEN
      String yaml = writer.planToYaml(plan);

      // THEN
      assertThat(reader.readPlan(yaml, "plan.yaml")).isEqualTo(plan);
      assertThat(reader.readPlan(writer.planToJson(plan), "plan.json")).isEqualTo(plan);
    }

    @Test
    void should_keep_numbers_exactly_as_written() throws IOException {
      // GIVEN 140.0 (not 140) and 1e3 (read as 1000)
      String yaml =
          """
          napcheck: 1
          report:
            plan: P
            year: 2026
            reporter: MFA
            values:
              - { indicator: a, value: 140.0 }
              - { indicator: b, value: 1e3 }
          """;
      MonitoringReport report = readMonitoringReport(yaml, "report.yaml");

      // WHEN
      String written = writer.monitoringReportToYaml(report);

      // THEN
      assertThat(written).contains("value: 140.0").contains("value: 1000");
      assertThat(readMonitoringReport(written, "report.yaml")).isEqualTo(report);
    }
  }

  @Nested
  class Shapes {

    @Test
    void should_write_readable_yaml_in_the_documented_shape() throws IOException {
      // WHEN
      String yaml = writer.planToYaml(reader.readPlan(data("plan.yaml")));

      // THEN
      assertThat(yaml)
          .startsWith("napcheck: 1\nplan:\n  id: TEST-WPS-1\n  country: LU\n")
          .doesNotContain("---")
          .contains("  title: Test plan on Women, Peace and Security\n")
          .contains("  period:\n    start: 2025\n    end: 2030\n")
          .contains("    reportDue: 03-31\n")
          .contains("              deadline: 2029\n")
          .contains("              deadline: 2027-06-30\n")
          .contains("  pillars:\n    - id: I\n")
          .contains("      themes:\n        - participation\n")
          .contains("                  baseline: \"12\"\n")
          .endsWith("                    - age\n");
    }

    @Test
    void should_leave_out_nulls_and_empty_lists() throws IOException {
      // WHEN
      String yaml = writer.planToYaml(reader.readPlan(data("draft.yaml")));

      // THEN
      assertThat(yaml)
          .doesNotContain("null")
          .doesNotContain("budget")
          .doesNotContain("actors")
          .doesNotContain("[]")
          .contains("    - id: III\n      title: Protection\n");
    }

    @Test
    void should_write_a_budget_stated_in_words_as_words() {
      // GIVEN
      Plan plan = planTitled("T");
      Plan withBudget =
          new Plan(
              plan.id(),
              plan.country(),
              plan.title(),
              plan.period(),
              null,
              null,
              Budget.ofText("Voted each year"),
              List.of(),
              List.of());

      // WHEN / THEN
      assertThat(writer.planToYaml(withBudget)).contains("  budget: Voted each year\n");
    }

    @Test
    void should_write_pretty_json_with_a_final_newline() throws IOException {
      // WHEN
      String json = writer.planToJson(reader.readPlan(data("plan.yaml")));

      // THEN
      assertThat(json)
          .startsWith("{\n  \"napcheck\": 1,\n  \"plan\": {\n    \"id\": \"TEST-WPS-1\",\n")
          .contains("\"deadline\": 2029,")
          .contains("\"deadline\": \"2027-06-30\",")
          .endsWith("}\n");
    }

    @Test
    void should_write_a_breakdown_dimension_by_dimension() {
      // GIVEN
      var report =
          new MonitoringReport(
              "P",
              2026,
              "MFA",
              null,
              List.of(),
              List.of(
                  new IndicatorValue(
                      "1.a.1-1",
                      new BigDecimal("3"),
                      null,
                      Map.of("sex", Map.of("female", BigDecimal.ONE)),
                      null)));

      // WHEN / THEN
      assertThat(writer.monitoringReportToYaml(report))
          .contains("      breakdown:\n        sex:\n          female: 1\n");
    }
  }

  @Nested
  class WritingFiles {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"out.yaml", "out.yml", "out.json"})
    void should_choose_the_format_by_the_extension(String name, @TempDir Path folder)
        throws IOException {
      // GIVEN
      Plan plan = reader.readPlan(data("plan.yaml"));
      Path file = folder.resolve(name);

      // WHEN
      writer.writePlan(plan, file);

      // THEN
      assertThat(Files.readString(file))
          .isEqualTo(name.endsWith(".json") ? writer.planToJson(plan) : writer.planToYaml(plan));
      assertThat(reader.readPlan(file)).isEqualTo(plan);
    }

    @Test
    void should_write_a_report_file(@TempDir Path folder) throws IOException {
      // GIVEN
      MonitoringReport report = reader.readMonitoringReport(data("report.yaml"));
      Path file = folder.resolve("2026").resolve("police.json");

      // WHEN
      writer.writeMonitoringReport(report, file);

      // THEN
      assertThat(reader.readMonitoringReport(file)).isEqualTo(report);
    }

    @Test
    void should_refuse_a_file_name_that_names_no_format(@TempDir Path folder) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> writer.writePlan(planTitled("T"), folder.resolve("plan.txt")))
          .withMessageEndingWith("use .yaml, .yml or .json");
    }
  }

  private MonitoringReport readMonitoringReport(String text, String name) throws IOException {
    return reader.readMonitoringReport(
        new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        name);
  }

  private static Plan planTitled(String title) {
    return new Plan(
        "P",
        "LU",
        title,
        new Period(2025, 2030),
        "en",
        null,
        null,
        List.of(),
        List.of(new Pillar("I", title, List.of(), List.of())));
  }
}
