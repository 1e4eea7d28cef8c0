package org.napcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The experiment of docs/relatedness.md: can napcheck tell, from the words alone, that an indicator
 * does not relate to its action? Scores each action–indicator pair of the labelled corpus
 * (nap-rules' test resource inference/relatedness.tsv) with a few cheap methods; a pair is flagged
 * "not related" when its score is below a threshold chosen on the written pairs' dev split (the
 * highest recall at precision &ge; 0.90, if any), then measured on the written test split and on
 * Luxembourg's plan, which no choice was made on. The methods are {@link WordMethods} and {@link
 * WordNetExpansion}, over the words of a {@link Vocabulary}. Run from the repository with
 *
 * <pre>
 * mvn -B -q -o -pl nap-bench -am package -DskipTests -Dinvoker.skip
 * java -cp nap-bench/target/benchmarks.jar org.napcheck.bench.Relatedness [--errors]
 * </pre>
 */
public final class Relatedness {
  private Relatedness() {}

  record Pair(
      String id, String lang, String split, String action, String indicator, boolean related) {
    String source() {
      return id.startsWith("lu-") ? "lu" : "written";
    }

    boolean french() {
      return lang.equals("fr");
    }
  }

  /** A relatedness score: lower is less related; NaN when the method cannot tell (abstains). */
  interface Method {
    double score(Pair pair);
  }

  record Named(String name, Method method) {}

  /** The pairs thresholds are chosen on: the written pairs' dev split. */
  private static final Predicate<Pair> DEV =
      p -> p.source().equals("written") && p.split().equals("dev");

  /** A threshold that flags a score of 0 alone: nothing shared. */
  private static final double ZERO = 1e-9;

  public static void main(String[] args) throws Exception {
    var words = new WordMethods(new Vocabulary()); // word lists and their stems, before any timing
    boolean errors = Arrays.asList(args).contains("--errors");
    List<Pair> pairs = read("/inference/relatedness.tsv");
    long start = System.nanoTime();
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    System.out.printf(
        Locale.ROOT, "WordNet loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    List<Named> methods = methods(words, dictionary);
    printCorpus(pairs);
    List<String> only = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
    for (Named named : methods) {
      if (only.isEmpty() || only.contains(named.name())) {
        evaluate(named, pairs, errors);
      }
    }
  }

  private static List<Named> methods(WordMethods words, Dictionary dictionary) {
    var synonyms = new WordNetExpansion(words, dictionary, false, 3);
    var upward = new WordNetExpansion(words, dictionary, true, 3);
    var upwardKinds = upward.withKinds();
    return List.of(
        new Named("stems", pair -> words.overlap(pair, false)),
        new Named("stems-no-generic", pair -> words.overlap(pair, true)),
        new Named("wordnet-synonyms", synonyms::score),
        new Named("wordnet-hypernyms", upward::score),
        new Named("trigrams", words::trigrams),
        new Named("kinds", words::kinds),
        new Named("kinds+wordnet-hypernyms", upwardKinds::score),
        new Named("kind-mismatch-only", words::kindMismatch),
        new Named("group-mismatch-only", pair -> words.groupMismatch(pair, upward)),
        new Named("kind-or-group-mismatch", pair -> words.kindOrGroupMismatch(pair, upward)));
  }

  private static void printCorpus(List<Pair> pairs) {
    var counts = new java.util.TreeMap<String, int[]>();
    for (Pair pair : pairs) {
      int[] c =
          counts.computeIfAbsent(
              pair.source() + " " + pair.lang() + " " + pair.split(), k -> new int[2]);
      c[pair.related() ? 0 : 1]++;
    }
    System.out.println("corpus (related / not related):");
    counts.forEach((k, c) -> System.out.printf("  %-18s %3d / %3d%n", k, c[0], c[1]));
  }

  private static void evaluate(Named named, List<Pair> pairs, boolean errors) {
    // score every pair, cold (first use, WordNet lookups included) then warm
    long coldStart = System.nanoTime();
    var scores = new HashMap<Pair, Double>();
    for (Pair pair : pairs) {
      scores.put(pair, named.method().score(pair));
    }
    double coldMicros = (System.nanoTime() - coldStart) / 1000.0 / pairs.size();
    double warmMicros = warmMicros(named.method(), pairs);
    // by language; NaN where no threshold reaches precision 0.90
    Map<String, Double> tuned =
        Map.of(
            "en", tune(pairs, scores, DEV.and(p -> p.lang().equals("en"))),
            "fr", tune(pairs, scores, DEV.and(p -> p.lang().equals("fr"))));
    System.out.printf(
        Locale.ROOT,
        "%n%s: %.1f µs a pair cold, %.1f µs warm; abstains on %d of %d pairs;"
            + " dev-tuned thresholds en %s, fr %s%n",
        named.name(),
        coldMicros,
        warmMicros,
        scores.values().stream().filter(s -> s.isNaN()).count(),
        pairs.size(),
        threshold(tuned.get("en")),
        threshold(tuned.get("fr")));
    printParts(pairs, scores, tuned);
    if (errors) {
      printErrors(pairs, scores, tuned);
    }
  }

  /** The time a score takes once the method has scored every pair, in µs. */
  private static double warmMicros(Method method, List<Pair> pairs) {
    double sink = 0;
    int rounds = 50;
    long warmStart = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (Pair pair : pairs) {
        sink += method.score(pair);
      }
    }
    double warmMicros = (System.nanoTime() - warmStart) / 1000.0 / pairs.size() / rounds;
    if (sink == 42) {
      System.out.print("");
    }
    return warmMicros;
  }

  /** Precision and recall on each part of the corpus, flagging at score 0 and at the threshold. */
  private static void printParts(
      List<Pair> pairs, Map<Pair, Double> scores, Map<String, Double> tuned) {
    System.out.printf(
        Locale.ROOT,
        "  %-16s %-34s %s%n",
        "part",
        "flag at score 0 (nothing shared)",
        "flag if score < dev-tuned threshold");
    for (String part :
        List.of(
            "written en dev",
            "written en test",
            "written fr dev",
            "written fr test",
            "lu en dev",
            "lu en test",
            "lu en all")) {
      String[] p = part.split(" ");
      Predicate<Pair> in =
          pair ->
              pair.source().equals(p[0])
                  && pair.lang().equals(p[1])
                  && (p[2].equals("all") || pair.split().equals(p[2]));
      double t = tuned.get(p[1]);
      System.out.printf(
          Locale.ROOT,
          "  %-16s %-34s %s%n",
          part,
          score(pairs, scores, in, ZERO),
          Double.isNaN(t) ? "-" : score(pairs, scores, in, t));
    }
  }

  /**
   * The pairs flagged wrongly or missed, at the threshold (at score 0 where there is none): of
   * Luxembourg's and the dev split, and of the test split too with the environment variable
   * SHOWTEST set.
   */
  private static void printErrors(
      List<Pair> pairs, Map<Pair, Double> scores, Map<String, Double> tuned) {
    for (Pair pair : pairs) {
      double t = tuned.get(pair.lang());
      t = Double.isNaN(t) ? ZERO : t;
      double s = scores.get(pair);
      boolean flagged = !Double.isNaN(s) && s < t;
      boolean show =
          pair.source().equals("lu") || System.getenv("SHOWTEST") != null || DEV.test(pair);
      if (show && flagged != !pair.related()) {
        System.out.printf(
            Locale.ROOT,
            "    %s %s (%.2f): %s  <-  %s%n",
            flagged ? "wrong " : "missed",
            pair.id(),
            s,
            pair.indicator(),
            pair.action());
      }
    }
  }

  private static String threshold(double t) {
    return Double.isNaN(t) ? "none (P < 0.90)" : String.format(Locale.ROOT, "%.3f", t);
  }

  /**
   * The threshold with the best recall of "not related" at precision ≥ 0.90 on dev; NaN if none.
   */
  private static double tune(List<Pair> pairs, Map<Pair, Double> scores, Predicate<Pair> dev) {
    var candidates = new TreeSet<Double>();
    for (Pair pair : pairs) {
      double s = scores.get(pair);
      if (dev.test(pair) && !Double.isNaN(s)) {
        candidates.add(s + 1e-9);
      }
    }
    double best = Double.NaN;
    int bestTp = 0;
    for (double t : candidates) {
      int[] c = counts(pairs, scores, dev, t);
      int tp = c[0];
      int fp = c[1];
      if (tp > 0 && tp >= 0.9 * (tp + fp) && tp > bestTp) {
        bestTp = tp;
        best = t;
      }
    }
    return best;
  }

  private static int[] counts(
      List<Pair> pairs, Map<Pair, Double> scores, Predicate<Pair> in, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Pair pair : pairs) {
      if (!in.test(pair)) {
        continue;
      }
      double s = scores.get(pair);
      boolean flagged = !Double.isNaN(s) && s < threshold;
      boolean unrelated = !pair.related();
      tp += flagged && unrelated ? 1 : 0;
      fp += flagged && !unrelated ? 1 : 0;
      fn += !flagged && unrelated ? 1 : 0;
    }
    return new int[] {tp, fp, fn};
  }

  private static String score(
      List<Pair> pairs, Map<Pair, Double> scores, Predicate<Pair> in, double threshold) {
    int[] c = counts(pairs, scores, in, threshold);
    int tp = c[0];
    int fp = c[1];
    int fn = c[2];
    String precision =
        tp + fp == 0 ? "  - " : String.format(Locale.ROOT, "%.2f", (double) tp / (tp + fp));
    String recall =
        tp + fn == 0 ? "  - " : String.format(Locale.ROOT, "%.2f", (double) tp / (tp + fn));
    return String.format(
        Locale.ROOT, "P %s R %s (tp %d fp %d fn %d)", precision, recall, tp, fp, fn);
  }

  private static List<Pair> read(String resource) {
    try (InputStream in = Relatedness.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(
              line -> {
                String[] c = line.split("\t", -1);
                return new Pair(c[0], c[1], c[2], c[3], c[4], c[5].equals("yes"));
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
