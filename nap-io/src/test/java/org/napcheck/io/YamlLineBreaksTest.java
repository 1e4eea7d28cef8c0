package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.napcheck.model.Period;
import org.napcheck.model.Plan;

/**
 * Characters YAML takes for line breaks, in texts written then read back: U+0085 (NEXT LINE) is
 * what Windows-1252's "…" becomes when a spreadsheet export is read as Latin-1.
 */
class YamlLineBreaksTest {
  private final NapReader reader = new NapReader();
  private final NapWriter writer = new NapWriter();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Training…\u0085",
        "a\u0085b",
        "\u0085a",
        "a\nb\u0085c",
        "a\u2028b",
        "a\u2029b",
        "a\r\nb",
        "a\rb"
      })
  void should_read_back_a_text_with_a_line_break_of_yaml_as_written(String title) throws Exception {
    // GIVEN
    Plan plan = new Plan("P", "LU", title, new Period(2025, 2030), null, null, null, null, null);

    // WHEN
    Plan back = reader.readPlan(writer.planToYaml(plan), "plan.yaml");

    // THEN
    assertThat(back.title()).isEqualTo(title);
    assertThat(back).isEqualTo(plan);
    assertThat(writer.planToYaml(back)).isEqualTo(writer.planToYaml(plan));
  }
}
