package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.napcheck.model.*;

class SmokeTest {
  @Test
  void should_run() {
    var plan =
        new Plan(
            "X",
            "LU",
            "T",
            new Period(2025, 2030),
            "en",
            null,
            null,
            List.of(new Actor("MFA", "Ministry", null)),
            List.of(
                new Pillar(
                    "I",
                    "Participation",
                    List.of(),
                    List.of(
                        new Objective(
                            "1.a",
                            "O",
                            List.of(
                                new Action(
                                    "1.a.1",
                                    "Monitor recruitment.",
                                    List.of("MAE"),
                                    Deadline.ofYear(2029),
                                    null,
                                    List.of(
                                        Indicator.of("1.a.1-1", "Number of participants")))))))));
    var checker = NapChecker.withDefaults();
    var report = checker.check(plan, List.of(), LocalDate.of(2030, 1, 1));
    report.findings().forEach(System.out::println);
    assertThat(report.findings()).isNotEmpty();
  }
}
