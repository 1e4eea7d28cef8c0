package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;

/**
 * The shape of NAP-I004: one finding per indicator that lacks a baseline or a target, but one for
 * the plan when no indicator of it states either. The plans are in {@code
 * src/test/resources/indicator-shapes}.
 */
class IndicatorShapesTest {
  private static final Path FOLDER = Path.of("src/test/resources/indicator-shapes");
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  private static List<Finding> baselineFindings(String planFile, NapChecker checker)
      throws IOException {
    CheckReport report =
        checker.check(new NapReader().readPlan(FOLDER.resolve(planFile)), List.of(), AS_OF);
    return report.findings().stream().filter(finding -> finding.rule().equals("NAP-I004")).toList();
  }

  @Test
  void should_tell_a_plan_with_no_baseline_or_target_once_listing_its_quantitative_indicators()
      throws IOException {
    List<Finding> findings = baselineFindings("no-baselines.yaml", NapChecker.withDefaults());

    assertThat(findings)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.location()).isEqualTo(Location.ofPlan("XX-WPS-1"));
              assertThat(finding.evidence())
                  .containsEntry("indicators", "1.a.1-1, 1.a.2-1")
                  .containsEntry("count", "2");
              assertThat(finding.message())
                  .isEqualTo(
                      "No indicator of the plan states a baseline or a target; napcheck reads 2"
                          + " indicators as counting something, from their words: 1.a.1-1,"
                          + " 1.a.2-1.");
            });
  }

  @Test
  void should_say_it_in_french() throws IOException {
    NapChecker checker = NapChecker.builder().locale(Locale.FRENCH).build();

    List<Finding> findings = baselineFindings("no-baselines.yaml", checker);

    assertThat(findings.get(0).message())
        .startsWith("Aucun indicateur du plan n'indique de valeur de référence ni de cible")
        .contains("2 indicateurs comme comptant quelque chose");
  }

  @Test
  void should_tell_each_indicator_when_the_plan_states_a_baseline_somewhere() throws IOException {
    List<Finding> findings = baselineFindings("one-baseline.yaml", NapChecker.withDefaults());

    assertThat(findings)
        .extracting(finding -> finding.location().indicator())
        .containsExactly("1.a.1-1", "1.a.2-1");
    assertThat(findings.get(0).evidence()).containsEntry("missing", "target");
    assertThat(findings.get(1).evidence()).containsEntry("missing", "baseline, target");
  }
}
