package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code check --split-by actor}: one report per responsible body and an index, in process. */
class SplitByActorIT {
  private static final String PLAN = Jar.LUXEMBOURG.resolve("plan.yaml").toString();
  private static final String MONITORING = Jar.LUXEMBOURG.resolve("monitoring").toString();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  record Run(int exitCode, String out, String err) {}

  static Run napcheck(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code = Napcheck.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void should_write_one_html_report_per_body_and_an_index() throws IOException {
    // WHEN
    Run run =
        napcheck(
            "check",
            PLAN,
            "--monitoring",
            MONITORING,
            "--as-of",
            "2027-04-01",
            "--format",
            "html",
            "--split-by",
            "actor",
            "--output",
            out.toString());

    // THEN: the exit code of the whole report; a file per body of the plan's 29, named from codes
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err()).contains("index.html");
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("MAINT_Police.html")).isRegularFile();
    assertThat(out.resolve("MFA-D7_Armed-Forces.html")).isRegularFile();
    assertThat(out.resolve("PM-Geneva.html")).isRegularFile();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.filter(path -> path.toString().endsWith(".html"))).hasSize(29 + 1);
    }
    String police = Files.readString(out.resolve("MAINT_Police.html"), StandardCharsets.UTF_8);
    assertThat(police)
        .contains("id=\"for-body\">Findings for MAINT/Police — Police<")
        .contains("data-rule=\"NAP-M003\"")
        .doesNotContain("data-rule=\"NAP-G001\"");
    String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(index)
        .contains("<a href=\"MAINT_Police.html\">MAINT/Police</a>")
        .contains("<a href=\"MFA-D7_Armed-Forces.html\">MFA D7/Armed Forces</a>")
        .doesNotContain("src=");
  }

  @Test
  void should_put_every_finding_of_the_whole_report_in_some_body_s_report() throws IOException {
    // GIVEN the whole report
    Path whole = out.resolve("whole.json");
    napcheck(
        "check",
        PLAN,
        "--monitoring",
        MONITORING,
        "--as-of",
        "2027-04-01",
        "--format",
        "json",
        "--output",
        whole.toString());
    Path bodies = out.resolve("bodies");

    // WHEN
    Run run =
        napcheck(
            "check",
            PLAN,
            "--monitoring",
            MONITORING,
            "--as-of",
            "2027-04-01",
            "--format",
            "json",
            "--split-by",
            "actor",
            "--output",
            bodies.toString());

    // THEN: the index's counts are its files' counts, and no finding is lost
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    JsonNode index = JSON.readTree(bodies.resolve("index.json").toFile());
    assertThat(index.get("splitBy").asText()).isEqualTo("actor");
    Set<String> seen = new HashSet<>();
    for (JsonNode body : index.get("bodies")) {
      JsonNode report = JSON.readTree(bodies.resolve(body.get("report").asText()).toFile());
      assertThat(report.get("summary")).isEqualTo(body.get("summary"));
      report.get("findings").forEach(finding -> seen.add(identity(finding)));
    }
    List<String> all = new ArrayList<>();
    JSON.readTree(whole.toFile()).get("findings").forEach(finding -> all.add(identity(finding)));
    assertThat(all).hasSizeGreaterThan(100);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(new HashSet<>(all));
    JsonNode police = JSON.readTree(bodies.resolve("MAINT_Police.json").toFile());
    assertThat(police.get("findings").findValuesAsText("rule")).contains("NAP-M003");
  }

  @Test
  void should_give_each_plan_of_a_folder_its_own_subfolder() throws IOException {
    // GIVEN two plans in a folder
    Path plans = out.resolve("plans");
    for (String name : List.of("lu", "copy")) {
      Files.createDirectories(plans.resolve(name));
      Files.copy(Path.of(PLAN), plans.resolve(name).resolve("plan.yaml"));
    }
    Path reports = out.resolve("reports");

    // WHEN
    Run run =
        napcheck(
            "check",
            plans.toString(),
            "--as-of",
            "2027-04-01",
            "--format",
            "md",
            "--split-by",
            "actor",
            "--output",
            reports.toString());

    // THEN
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    for (String name : List.of("lu", "copy")) {
      assertThat(reports.resolve(name).resolve("index.md")).isRegularFile();
      assertThat(reports.resolve(name).resolve("MFA.md")).isRegularFile();
    }
    assertThat(Files.readString(reports.resolve("summary.csv")))
        .contains(reports.resolve("lu").resolve("index.md").toString());
    assertThat(Files.readString(reports.resolve("lu").resolve("index.md")))
        .contains("| MAINT/Police | Police |")
        .contains("<MAINT_Police.md>");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--split-by actor | give it with --output DIR",
        "--split-by pillar --output OUT | --split-by takes actor, not pillar"
      })
  void should_refuse_a_split_it_cannot_make_with_exit_2(String options, String words) {
    var args = new ArrayList<>(List.of("check", PLAN, "--as-of", "2027-04-01"));
    for (String option : options.split(" ")) {
      args.add(option.equals("OUT") ? out.toString() : option);
    }

    Run run = napcheck(args.toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(words);
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void should_refuse_a_file_for_the_folder() throws IOException {
    Path file = Files.writeString(out.resolve("report.txt"), "old");

    Run run =
        napcheck(
            "check",
            PLAN,
            "--as-of",
            "2027-04-01",
            "--split-by",
            "actor",
            "--output",
            file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("is a file");
    assertThat(file).hasContent("old");
  }

  private static String identity(JsonNode finding) {
    return finding.get("rule").asText()
        + " "
        + finding.get("location")
        + " "
        + finding.get("evidence");
  }
}
