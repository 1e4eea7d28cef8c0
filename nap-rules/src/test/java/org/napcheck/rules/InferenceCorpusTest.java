package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napcheck.model.Finding;
import org.napcheck.model.Plan;

/**
 * Precision and recall of the text rules (NAP-I001 to NAP-I005) on napcheck's labelled corpus
 * ({@code inference/corpus.tsv}, labelled by docs/inference.md), per language and split, measured
 * through the checker itself: each text is the one indicator of an action of a plan that states no
 * field of it. Inference is tuned on {@code dev}; the targets are asserted on {@code test}, which
 * nobody tunes on. Three blind sets were written by people who never saw the rules: {@code
 * inference/unseen.tsv} and {@code inference/unseen2.tsv} have been studied since they were
 * measured, and are printed as development sets ({@code unseen1(studied)}, {@code
 * unseen2(studied)}); {@code inference/unseen3.tsv} and {@code inference/unseen4.tsv} have not:
 * their figures are printed, their errors never shown. {@code inference/dev4.tsv}, written with
 * unseen4 by the same hand, is a development set.
 */
class InferenceCorpusTest {
  static final List<String> RULES =
      List.of("NAP-I001", "NAP-I002", "NAP-I003", "NAP-I004", "NAP-I005");

  /** The least precision and recall on the test split, per rule. */
  static final Map<String, double[]> TARGETS =
      Map.of(
          "NAP-I001", new double[] {0.95, 0.90},
          "NAP-I002", new double[] {0.90, 0.90},
          "NAP-I003", new double[] {0.90, 0.85},
          "NAP-I004", new double[] {0.90, 0.90},
          "NAP-I005", new double[] {0.90, 0.85});

  private static final NapChecker CHECKER = NapChecker.withDefaults();

  /** A labelled text: the rules that must fire on it, and those that fired. */
  record Row(String id, String lang, String split, String text, Set<String> expected) {}

  /** True and false positives and false negatives of one rule on one part of the corpus. */
  record Score(int truePositives, int falsePositives, int falseNegatives) {
    double precision() {
      return truePositives + falsePositives == 0
          ? 1.0
          : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0
          ? 1.0
          : (double) truePositives / (truePositives + falseNegatives);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "P %.2f R %.2f (tp %d fp %d fn %d)",
          precision(),
          recall(),
          truePositives,
          falsePositives,
          falseNegatives);
    }
  }

  private static final Map<String, Score> SCORES = new TreeMap<>();

  @BeforeAll
  static void measure() throws IOException {
    var rows = new ArrayList<Row>(read("/inference/corpus.tsv"));
    // unseen.tsv and unseen2.tsv were blind for their first measurements; their errors have been
    // read since, so they are development sets now, printed "(studied)". The latest blind
    // sets, unseen3.tsv and unseen4.tsv, are measured when they are there; their errors are never
    // printed.
    read("/inference/unseen.tsv").forEach(row -> rows.add(withSplit(row, "unseen1(studied)")));
    read("/inference/unseen2.tsv").forEach(row -> rows.add(withSplit(row, "unseen2(studied)")));
    read("/inference/unseen3.tsv").forEach(row -> rows.add(withSplit(row, "unseen3")));
    read("/inference/dev4.tsv").forEach(row -> rows.add(withSplit(row, "dev4")));
    read("/inference/unseen4.tsv").forEach(row -> rows.add(withSplit(row, "unseen4")));
    Map<String, List<Row>> parts =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    row -> row.split() + " " + row.lang(), TreeMap::new, Collectors.toList()));
    var report = new StringBuilder("Text rules on the inference corpus:\n");
    var misses = new StringBuilder();
    parts.forEach(
        (part, partRows) -> {
          Map<String, Set<String>> fired = fired(partRows);
          for (String rule : RULES) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Row row : partRows) {
              boolean expected = row.expected().contains(rule);
              boolean actual = fired.get(row.id()).contains(rule);
              tp += expected && actual ? 1 : 0;
              fp += !expected && actual ? 1 : 0;
              fn += expected && !actual ? 1 : 0;
              if (expected != actual && !part.startsWith("test") && !isBlind(part)) {
                misses.append(
                    String.format(
                        "  %s %s %s: %s%n",
                        expected ? "missed" : "wrong ", rule, row.id(), row.text()));
              }
            }
            Score score = new Score(tp, fp, fn);
            SCORES.put(part + " " + rule, score);
            report.append(String.format("  %-19s %s  %s%n", part, rule, score));
          }
        });
    System.out.print(report);
    if (Boolean.getBoolean("napcheck.corpus.misses")) {
      System.out.print("Errors on dev and the studied sets:\n" + misses);
    }
  }

  /** Sets whose errors nobody may read: their figures only are printed. */
  private static boolean isBlind(String part) {
    return part.startsWith("unseen3") || part.startsWith("unseen4");
  }

  @Test
  void should_meet_the_targets_on_the_test_split_in_english_and_french() {
    assertTargets("test");
  }

  /**
   * The blind sets hold the targets too: a change that loses them is found here, by its figures
   * alone (their errors are still not printed).
   */
  @Test
  void should_meet_the_targets_on_the_blind_sets_in_english_and_french() {
    assertTargets("unseen3");
    assertTargets("unseen4");
  }

  private static void assertTargets(String split) {
    for (String lang : List.of("en", "fr")) {
      for (String rule : RULES) {
        Score score = SCORES.get(split + " " + lang + " " + rule);
        double[] target = TARGETS.get(rule);
        assertThat(score.precision())
            .as("precision of %s, %s %s", rule, split, lang)
            .isGreaterThanOrEqualTo(target[0]);
        assertThat(score.recall())
            .as("recall of %s, %s %s", rule, split, lang)
            .isGreaterThanOrEqualTo(target[1]);
      }
    }
  }

  /** The rules that fired on each row, checking all rows of a part as actions of one plan. */
  private static Map<String, Set<String>> fired(List<Row> rows) {
    var rowOfIndicator = new HashMap<String, String>();
    for (int i = 0; i < rows.size(); i++) {
      rowOfIndicator.put("1.a." + (i + 1) + "-1", rows.get(i).id());
    }
    Plan plan =
        TestPlans.withIndicators(
            rows.get(0).lang(),
            Collections.nCopies(rows.size(), "Carry out the work."),
            rows.stream().map(Row::text).toList());
    var fired = new LinkedHashMap<String, Set<String>>();
    rows.forEach(row -> fired.put(row.id(), new java.util.TreeSet<>()));
    for (Finding finding : CHECKER.check(plan, List.of(), LocalDate.of(2026, 1, 1)).findings()) {
      String indicator = finding.location().indicator();
      if (indicator != null && RULES.contains(finding.rule())) {
        fired.get(rowOfIndicator.get(indicator)).add(finding.rule());
      }
      // No text states a baseline: NAP-I004 lists the quantitative indicators in one plan finding.
      String listed =
          finding.rule().equals("NAP-I004") ? finding.evidence().get("indicators") : null;
      if (listed != null) {
        for (String id : listed.split(", ")) {
          fired.get(rowOfIndicator.get(id)).add(finding.rule());
        }
      }
    }
    return fired;
  }

  private static Row withSplit(Row row, String split) {
    return new Row(row.id(), row.lang(), split, row.text(), row.expected());
  }

  private static List<Row> read(String resource) throws IOException {
    try (InputStream in = InferenceCorpusTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertThat(lines.get(0)).isEqualTo("id\tlang\tsplit\ttext\trules");
      return lines.stream()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(
              line -> {
                String[] cells = line.split("\t", -1);
                Set<String> expected =
                    cells[4].isBlank() ? Set.of() : Set.of(cells[4].strip().split("\\s*,\\s*"));
                return new Row(cells[0], cells[1], cells[2], cells[3], expected);
              })
          .toList();
    }
  }
}
