package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.napcheck.io.NapWriter;
import org.napcheck.model.Action;
import org.napcheck.model.Actor;
import org.napcheck.model.Deadline;
import org.napcheck.model.Indicator;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Objective;
import org.napcheck.model.Plan;

/** Holds the Luxembourg plan to its published text. */
class LuxembourgPlanTest {
  /**
   * Responsible entries deliberately kept as published though the plan's list of actors lacks them:
   * the undefined "MAE" of objective 1.a, and the words for everyone.
   */
  private static final Set<String> KEPT_AS_PUBLISHED =
      Set.of("MAE D4", "MAE D7/Armed Forces", "All", "All ministries", "All diplomatic missions");

  private static Plan plan;
  private static String publishedText;

  @BeforeAll
  static void read() throws IOException {
    plan = Luxembourg.plan();
    publishedText =
        normalise(
            Files.readString(
                Path.of("src/test/resources/lu-wps-2/published-text.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void should_hold_the_plan_period_monitoring_and_no_budget() {
    assertThat(plan.id()).isEqualTo("LU-WPS-2");
    assertThat(plan.country()).isEqualTo("LU");
    assertThat(plan.period().start()).isEqualTo(2025);
    assertThat(plan.period().end()).isEqualTo(2030);
    assertThat(plan.budget()).isNull();
    assertThat(plan.monitoring().frequency()).isEqualTo("annual");
    assertThat(plan.monitoring().coordinator()).isEqualTo("MFA");
    assertThat(plan.monitoring().civilSociety()).isTrue();
    assertThat(plan.pillars()).extracting(p -> p.id()).containsExactly("I", "II", "III", "IV");
  }

  @Test
  void should_have_the_actions_and_indicators_counted_by_hand_in_each_objective()
      throws IOException {
    // GIVEN: counts made by reading the published tables
    Map<String, int[]> expected = new LinkedHashMap<>();
    List<String> lines =
        Files.readAllLines(Path.of("src/test/resources/lu-wps-2/expected-counts.tsv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      expected.put(cells[0], new int[] {Integer.parseInt(cells[1]), Integer.parseInt(cells[2])});
    }

    // WHEN
    Map<String, int[]> actual = new LinkedHashMap<>();
    plan.objectives()
        .forEach(
            objective ->
                actual.put(
                    objective.id(),
                    new int[] {
                      objective.actions().size(),
                      objective.actions().stream().mapToInt(a -> a.indicators().size()).sum()
                    }));

    // THEN
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach(
        (objective, counts) ->
            assertThat(actual.get(objective)).as(objective).containsExactly(counts));
    assertThat(plan.actions().count()).isEqualTo(106);
    assertThat(plan.indicators().count()).isEqualTo(178);
  }

  @Test
  void should_take_every_text_word_for_word_from_the_published_plan() {
    for (Objective objective : plan.objectives().toList()) {
      assertThat(publishedText)
          .as("objective %s", objective.id())
          .contains(normalise(objective.title()));
      for (Action action : objective.actions()) {
        assertThat(publishedText).as("action %s", action.id()).contains(normalise(action.text()));
        for (Indicator indicator : action.indicators()) {
          assertThat(publishedText)
              .as("indicator %s", indicator.id())
              .contains(normalise(indicator.text()));
        }
      }
    }
  }

  @Test
  void should_name_only_listed_actors_or_entries_kept_as_published() {
    Set<String> listed = plan.actors().stream().map(Actor::code).collect(Collectors.toSet());
    Set<String> unlisted =
        plan.actions()
            .flatMap(action -> action.responsible().stream())
            .filter(code -> !listed.contains(code))
            .collect(Collectors.toSet());
    assertThat(unlisted).containsExactlyInAnyOrderElementsOf(KEPT_AS_PUBLISHED);
  }

  @Test
  void should_state_only_the_deadline_the_plan_states() {
    assertThat(plan.actions().filter(action -> action.deadline() != null))
        .singleElement()
        .satisfies(
            action -> {
              assertThat(action.id()).isEqualTo("3.b.3");
              assertThat(action.text()).startsWith("By 2029, the Police");
              assertThat(action.deadline()).isEqualTo(Deadline.ofYear(2029));
            });
  }

  @Test
  void should_give_every_action_and_indicator_an_id_from_its_position() {
    for (Objective objective : plan.objectives().toList()) {
      for (int a = 0; a < objective.actions().size(); a++) {
        Action action = objective.actions().get(a);
        assertThat(action.id()).isEqualTo(objective.id() + "." + (a + 1));
        for (int i = 0; i < action.indicators().size(); i++) {
          assertThat(action.indicators().get(i).id()).isEqualTo(action.id() + "-" + (i + 1));
        }
      }
    }
  }

  @Nested
  class Round_trip {
    private final NapWriter writer = new NapWriter();

    @Test
    void should_read_back_the_plan_written_as_yaml_and_as_json() throws IOException {
      assertThat(Luxembourg.READER.readPlan(writer.planToYaml(plan), "plan.yaml")).isEqualTo(plan);
      assertThat(Luxembourg.READER.readPlan(writer.planToJson(plan), "plan.json")).isEqualTo(plan);
    }

    @Test
    void should_read_back_every_monitoring_report() throws IOException {
      for (MonitoringReport report : Luxembourg.reports()) {
        assertThat(
                Luxembourg.READER.readMonitoringReport(
                    new java.io.ByteArrayInputStream(
                        writer.monitoringReportToYaml(report).getBytes(StandardCharsets.UTF_8)),
                    "report.yaml"))
            .isEqualTo(report);
      }
    }
  }

  @Nested
  class Monitoring_samples {
    @Test
    void should_be_marked_synthetic_in_every_file() throws IOException {
      for (Path file : Luxembourg.monitoringFiles()) {
        assertThat(Files.readString(file)).as(file.toString()).startsWith("# SYNTHETIC DATA");
      }
    }

    @Test
    void should_cover_two_years_and_several_reporters_with_the_planted_gaps() {
      List<MonitoringReport> reports = Luxembourg.reports();
      assertThat(reports).extracting(MonitoringReport::year).containsOnly(2025, 2026);
      assertThat(reports.stream().map(MonitoringReport::reporter).distinct().count())
          .isGreaterThanOrEqualTo(4);
      // A reporter with 2025 and no 2026: the missing report.
      assertThat(reports)
          .filteredOn(report -> report.reporter().equals("PM Geneva"))
          .extracting(MonitoringReport::year)
          .containsExactly(2025);
    }
  }

  /** Whitespace folded, bullets, HTML tags and footnote marks dropped, typographic quotes kept. */
  static String normalise(String text) {
    return text.replaceAll("<[^>]+>", " ")
        .replace("•", " ")
        .replaceAll("[¹²³⁴⁵⁶⁷⁸⁹⁰]+", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
