package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napcheck.io.TestData.PLAN_HEAD;
import static org.napcheck.io.TestData.problemsOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.napcheck.model.MonitoringReport;

/**
 * Numbers that are short to write and huge to hold: {@code 1e999999999} is eleven characters and a
 * billion digits once written out, rounded or added to another. They are refused as they are read.
 */
class HostileNumbersTest {
  private final NapReader reader = new NapReader();

  @ParameterizedTest
  @ValueSource(strings = {"1.0e+999999999", "1.0e-999999999", "1.0e+1000", "1.5e-1000"})
  void should_refuse_a_number_of_more_than_1000_digits_written_out(String number) {
    assertThat(problemsOf(() -> read(number)))
        .containsExactly(
            "8:14: report.values[0].value: a number with more than 1000 digits: " + number);
  }

  @Test
  void should_read_a_number_of_1000_digits() throws Exception {
    MonitoringReport report = read("1.0e+999");
    assertThat(report.values().get(0).value().toPlainString()).hasSize(1000);
  }

  @Test
  void should_refuse_a_year_far_off_saying_which_years_are_accepted() {
    assertThat(
            problemsOf(
                () -> reader.readPlan(PLAN_HEAD.replace("end: 2030", "end: 99999"), "plan.yaml")))
        .containsExactly(
            "6:31: plan.period.end: must be a year between 1900 and 2200, found 99999");
  }

  @Test
  void should_refuse_an_id_with_a_single_control_character() {
    assertThat(
            problemsOf(
                () -> reader.readPlan(PLAN_HEAD.replace("id: P", "id: \"P\\e[31m\""), "plan.yaml")))
        .containsExactly(
            "3:7: plan.id: must not be blank nor hold control characters or invisible format characters");
  }

  private MonitoringReport read(String number) throws Exception {
    String yaml =
        """
        napcheck: 1
        report:
          plan: P
          year: 2026
          reporter: MFA
          values:
            - indicator: 1.a.1-1
              value: %s
        """
            .formatted(number);
    return reader.readMonitoringReport(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "report.yaml");
  }
}
