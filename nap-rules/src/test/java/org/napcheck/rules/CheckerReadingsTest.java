package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.napcheck.model.Finding;
import org.napcheck.model.Plan;

/**
 * A checker keeps what it read in the texts it checked, for its next checks: what it kept must be
 * what a new checker reads, whatever it checked before (plans of another language, the same texts
 * under other actions).
 */
class CheckerReadingsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  @Test
  void should_find_what_a_new_checker_finds_after_checking_other_plans() throws IOException {
    // GIVEN the corpus's texts, as indicators and (in another order) as actions, in plans of each
    // language: one text reads differently in English and in French
    List<String> texts = corpusTexts();
    List<String> reversed = new ArrayList<>(texts);
    Collections.reverse(reversed);
    List<Plan> plans =
        Arrays.asList(
            TestPlans.withIndicators("en", reversed, texts),
            TestPlans.withIndicators("fr", reversed, texts),
            TestPlans.withIndicators(null, reversed, texts),
            TestPlans.withIndicators("fr", texts, reversed));
    NapChecker shared = NapChecker.withDefaults();

    for (Plan plan : plans) {
      // WHEN the shared checker, which has read the plans before this one, checks it
      List<Finding> again = shared.check(plan, List.of(), AS_OF).findings();

      // THEN it finds what a new checker finds
      List<Finding> fresh = NapChecker.withDefaults().check(plan, List.of(), AS_OF).findings();
      assertThat(again).as("plan in %s", plan.language()).isEqualTo(fresh);
    }
  }

  private static List<String> corpusTexts() throws IOException {
    try (InputStream in = CheckerReadingsTest.class.getResourceAsStream("/inference/corpus.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(line -> line.split("\t", -1)[3])
          .toList();
    }
  }
}
