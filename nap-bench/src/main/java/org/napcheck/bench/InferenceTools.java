package org.napcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.napcheck.model.Action;
import org.napcheck.model.Indicator;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.rules.internal.Messages;
import org.napcheck.rules.internal.TextInference;
import org.napcheck.rules.internal.TextInference.IndicatorProfile;
import org.napcheck.rules.internal.TextInference.WordTool;

/**
 * The experiment of docs/inference.md, "Language tools: what each brought": napcheck's text
 * inference alone, then with WordNet 3.1's person nouns, Lucene's stemmers and OpenNLP's
 * part-of-speech tagger each added to it, scored on the labelled corpus (dev, test, unseen1) and
 * timed on Luxembourg's 178 indicators. Run from the repository with
 *
 * <pre>
 * mvn -B -q -o -pl nap-bench -am package -DskipTests -Dinvoker.skip
 * java -cp nap-bench/target/benchmarks.jar org.napcheck.bench.InferenceTools
 * </pre>
 *
 * <p>The tools ({@link WordNetTool}, {@link StemmerTool}, {@link TaggerTool}) are dependencies of
 * nap-bench only: napcheck's checker uses none of them.
 */
public final class InferenceTools {
  private static final List<String> RULES =
      List.of("NAP-I001", "NAP-I002", "NAP-I003", "NAP-I004", "NAP-I005");

  private InferenceTools() {}

  record Row(String id, String lang, String split, String text, Set<String> expected) {}

  record Variant(String name, Supplier<WordTool> tool) {}

  private static final List<Variant> VARIANTS =
      List.of(
          new Variant("lexicon", () -> WordTool.NONE),
          new Variant("lexicon-without-wordnet-list", WithoutWordNetList::new),
          new Variant("wordnet-first", () -> new WordNetTool(false, true)),
          new Variant("wordnet-any", () -> new WordNetTool(true, true)),
          new Variant("wordnet-no-endings", () -> new WordNetTool(false, false)),
          new Variant("stemmer", StemmerTool::new),
          new Variant("opennlp", TaggerTool::new),
          new Variant("lexicon-again", () -> WordTool.NONE));

  public static void main(String[] args) throws Exception {
    List<Row> rows = new ArrayList<>(read("/inference/corpus.tsv", null));
    rows.addAll(read("/inference/unseen.tsv", "unseen1"));
    Plan luxembourg = Data.luxembourg().plan();
    if (args.length > 1 && args[0].equals("--export-wordnet")) {
      WordNetTool.export(Path.of(args[1]));
      return;
    }
    if (args.length > 1 && args[0].equals("--export-wordnet-female")) {
      WordNetTool.exportFemale(Path.of(args[1]));
      return;
    }
    printWordNetListCost();
    boolean errors = args.length > 0 && args[0].equals("--errors");
    Map<String, String> baseline = null;
    for (Variant variant : VARIANTS) {
      if (args.length > 0 && !errors && !Arrays.asList(args).contains(variant.name())) {
        continue;
      }
      Map<String, String> scores = measure(variant, rows, luxembourg, baseline, errors);
      if (baseline == null) {
        baseline = scores;
      }
    }
  }

  /** The lexicon's list of WordNet's person nouns: the time it takes to load, the heap it keeps. */
  private static void printWordNetListCost() {
    long beforeList = usedHeap();
    long listStart = System.nanoTime();
    TextInference.lexiconPerson("widows", false);
    System.out.printf(
        Locale.ROOT,
        "lexicon's WordNet person nouns: loaded in %d ms, %.2f MiB retained%n",
        (System.nanoTime() - listStart) / 1_000_000,
        (usedHeap() - beforeList) / 1048576.0);
  }

  /**
   * Loads a variant's tool, scores it on the corpus and times it on Luxembourg's plan, and prints
   * what it found, beside the baseline's scores where they differ.
   *
   * @param baseline the first variant's scores; {@code null} for the first
   * @param errors whether to print the rows the variant got wrong
   * @return the variant's scores
   */
  private static Map<String, String> measure(
      Variant variant,
      List<Row> rows,
      Plan luxembourg,
      Map<String, String> baseline,
      boolean errors) {
    long heapBefore = usedHeap();
    long start = System.nanoTime();
    WordTool tool = variant.tool().get();
    long loadMs = (System.nanoTime() - start) / 1_000_000;
    long heapAfter = usedHeap();
    TextInference inference = new TextInference(new Messages(Locale.ENGLISH), tool);
    var misses = new StringBuilder();
    Map<String, String> scores = scores(inference, rows, misses);
    double micros = luxembourgMicros(inference, luxembourg);
    System.out.printf(
        Locale.ROOT,
        "%s: load %d ms, retained heap %.1f MiB, Luxembourg's 178 indicators %.0f µs warm%n",
        variant.name(),
        loadMs,
        (heapAfter - heapBefore) / 1048576.0,
        micros);
    scores.forEach(
        (key, value) ->
            System.out.printf(
                "  %-22s %s%s%n",
                key,
                value,
                baseline != null && !baseline.get(key).equals(value)
                    ? "   (lexicon " + baseline.get(key) + ")"
                    : ""));
    if (errors) {
      System.out.print(misses);
    }
    return scores;
  }

  /**
   * Each rule's precision and recall on each part of the corpus, by "rule language split" in order;
   * the rows a rule got wrong appended to {@code misses}, but for the test split's.
   */
  private static Map<String, String> scores(
      TextInference inference, List<Row> rows, StringBuilder misses) {
    Map<String, List<Row>> parts = new TreeMap<>();
    for (Row row : rows) {
      parts.computeIfAbsent(row.lang() + " " + row.split(), k -> new ArrayList<>()).add(row);
    }
    Map<String, String> scores = new TreeMap<>();
    parts.forEach(
        (part, partRows) -> {
          for (String rule : RULES) {
            scores.put(rule + " " + part, score(inference, rule, partRows, misses));
          }
        });
    return scores;
  }

  private static String score(
      TextInference inference, String rule, List<Row> rows, StringBuilder misses) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Row row : rows) {
      boolean expected = row.expected().contains(rule);
      boolean actual = fired(inference, row.text(), row.lang()).contains(rule);
      tp += expected && actual ? 1 : 0;
      fp += !expected && actual ? 1 : 0;
      fn += expected && !actual ? 1 : 0;
      if (expected != actual
          && (!row.split().equals("test") || System.getenv("SHOWTEST") != null)) {
        misses.append(
            String.format(
                "    %s %s %s: %s%n", expected ? "missed" : "wrong ", rule, row.id(), row.text()));
      }
    }
    return score(tp, fp, fn);
  }

  private static String score(int tp, int fp, int fn) {
    double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    return String.format(
        Locale.ROOT, "P %.2f R %.2f (tp %d fp %d fn %d)", precision, recall, tp, fp, fn);
  }

  private static final Action ACTION =
      new Action("1.a.1", "Carry out the work.", List.of("MFA"), null, null, List.of());

  /** The text rules that fire on an indicator that states no field, as indicators.drl says. */
  static Set<String> fired(TextInference inference, String text, String lang) {
    IndicatorProfile profile =
        inference.profile(Indicator.of("1.a.1-1", text), ACTION, Optional.empty(), lang);
    var fired = new TreeSet<String>();
    if (profile.people() && !profile.sexBreakdownAsked() && !profile.oneSexCounted()) {
      fired.add("NAP-I001");
    }
    if (profile.youth() && !profile.ageBreakdownAsked()) {
      fired.add("NAP-I002");
    }
    if (!profile.measurable()) {
      fired.add("NAP-I003");
    }
    if (profile.quantitative()) {
      fired.add("NAP-I004");
    }
    if (profile.people() && profile.oneSexCounted() && !profile.sexBreakdownAsked()) {
      fired.add("NAP-I005");
    }
    return fired;
  }

  /** Median time, in µs, of profiling Luxembourg's indicators once, after warming up. */
  static double luxembourgMicros(TextInference inference, Plan plan) {
    var indicators = new ArrayList<Indicator>();
    var actions = new ArrayList<Action>();
    for (Pillar pillar : plan.pillars()) {
      for (Objective objective : pillar.objectives()) {
        for (Action action : objective.actions()) {
          for (Indicator indicator : action.indicators()) {
            indicators.add(indicator);
            actions.add(action);
          }
        }
      }
    }
    long sink = 0;
    long[] times = new long[Integer.getInteger("rounds", 1000)];
    for (int round = -2000; round < times.length; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < indicators.size(); i++) {
        sink +=
            inference
                .profile(indicators.get(i), actions.get(i), Optional.empty(), plan.language())
                .inferences()
                .size();
      }
      if (round >= 0) {
        times[round] = System.nanoTime() - start;
      }
    }
    if (sink == 42) {
      System.out.print("");
    }
    Arrays.sort(times);
    return times[times.length / 2] / 1000.0;
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static List<Row> read(String resource, String split) {
    try (InputStream in = InferenceTools.class.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(
              line -> {
                String[] cells = line.split("\t", -1);
                Set<String> expected =
                    cells[4].isBlank() ? Set.of() : Set.of(cells[4].strip().split("\\s*,\\s*"));
                return new Row(
                    cells[0], cells[1], split != null ? split : cells[2], cells[3], expected);
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
