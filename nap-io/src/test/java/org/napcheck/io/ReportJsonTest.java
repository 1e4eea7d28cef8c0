package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napcheck.io.TestData.data;
import static org.napcheck.io.TestData.problemsOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.napcheck.model.CheckReport;

class ReportJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void should_write_the_shape_of_the_golden_report() throws IOException {
    // GIVEN
    CheckReport report = Reports.sample();

    // WHEN
    String json = new NapWriter().reportToJson(report);

    // THEN the same tree as the golden file, and in the same field order
    JsonNode written = JSON.readTree(json);
    JsonNode golden = JSON.readTree(data("report.json").toFile());
    assertThat(written).isEqualTo(golden);
    assertThat(written.fieldNames())
        .toIterable()
        .containsExactly("napcheck", "plan", "asOf", "ruleSet", "findings", "summary", "rules");
    assertThat(written.get("findings").get(0).fieldNames())
        .toIterable()
        .containsExactly("rule", "severity", "location", "message", "evidence", "waived");
  }

  @Test
  void should_give_the_same_bytes_for_the_same_report() {
    // WHEN
    String first = new NapWriter().reportToJson(Reports.sample());
    String second = new NapWriter().reportToJson(Reports.sample());

    // THEN byte for byte, two-space indents, line feeds, a final newline
    assertThat(first).isEqualTo(second);
    assertThat(first)
        .startsWith("{\n  \"napcheck\": 1,\n  \"plan\": \"TEST-WPS-1\",\n")
        .contains("      \"location\": {},\n")
        .doesNotContain("\r")
        .endsWith("  ]\n}\n");
  }

  @Test
  void should_match_the_golden_file_byte_for_byte() throws IOException {
    assertThat(new NapWriter().reportToJson(Reports.sample()))
        .isEqualTo(Files.readString(data("report.json")));
  }

  @Test
  void should_read_back_the_report_it_wrote(@TempDir Path folder) throws IOException {
    // GIVEN
    Path file = folder.resolve("report.json");
    new AtomicFiles().write(file, new NapWriter().reportToJson(Reports.sample()));

    // WHEN
    CheckReport read = new NapReader().readReport(file);

    // THEN
    assertThat(read).isEqualTo(Reports.sample());
  }

  @Test
  void should_refuse_a_file_that_is_not_a_report(@TempDir Path folder) throws IOException {
    // GIVEN a plan where a report is expected
    Path file = Files.copy(data("plan.json"), folder.resolve("report.json"));

    // WHEN / THEN
    assertThat(problemsOf(() -> new NapReader().readReport(file)))
        .startsWith(
            "1:1: asOf: missing required field 'asOf'",
            "1:1: findings: missing required field 'findings'",
            "1:1: ruleSet: missing required field 'ruleSet'",
            "1:1: rules: missing required field 'rules'",
            "1:1: summary: missing required field 'summary'",
            "3:11: plan: expected a text, found an object");
  }

  @Test
  void should_refuse_a_file_that_is_not_a_report_in_french(@TempDir Path folder)
      throws IOException {
    // GIVEN a plan where a report is expected
    Path file = Files.copy(data("plan.json"), folder.resolve("report.json"));

    // WHEN / THEN
    assertThat(
            problemsOf(() -> new NapReader().withLocale(java.util.Locale.FRENCH).readReport(file)))
        .startsWith(
            FrenchProblemsTest.french(
                    "1:1: asOf: champ obligatoire manquant : « asOf »",
                    "1:1: findings: champ obligatoire manquant : « findings »",
                    "1:1: ruleSet: champ obligatoire manquant : « ruleSet »",
                    "1:1: rules: champ obligatoire manquant : « rules »",
                    "1:1: summary: champ obligatoire manquant : « summary »",
                    "3:11: plan: attendu : un texte ; trouvé : un objet")
                .toArray(String[]::new));
  }
}
