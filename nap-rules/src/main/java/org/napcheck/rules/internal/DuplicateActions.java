package org.napcheck.rules.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.napcheck.model.Location;
import org.napcheck.rules.facts.SimilarActions;

/**
 * Finds actions that repeat an earlier action of the plan: near-identical text ({@link
 * SimilarActions#NEAR_IDENTICAL_TEXT}) and near the same bodies ({@link
 * SimilarActions#NEAR_SAME_BODIES}). Each later action is paired with the earliest action it
 * repeats, so that k copies of one action make k - 1 pairs, not k(k - 1)/2.
 *
 * <p>No pair of actions is compared blindly. Distinct word sets are joined with prefix filtering:
 * two sets whose Jaccard index reaches t share a word among the first |s| - ⌈t|s|⌉ + 1 of each, in
 * an order of rarest word first, so only sets that share such a word are compared. Among the
 * actions of similar wording, only those that share a body (or both name none) are compared, in
 * plan order, stopping at the first match and after {@link #MAX_COMPARED} candidates.
 */
final class DuplicateActions {
  /** At most this many earlier actions are compared with one action, whatever the plan. */
  static final int MAX_COMPARED = 256;

  /** What is compared of an action: its place, its words and its bodies. */
  record Entry(String id, String text, List<String> responsible, Location location) {}

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Grammatical words of English and French, and words that only say that work goes on: "Continue
   * X" and "Ongoing X" commit to X as "X" does.
   */
  private static final Set<String> IGNORED =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "nor",
          "of",
          "to",
          "in",
          "on",
          "at",
          "for",
          "by",
          "with",
          "from",
          "into",
          "as",
          "is",
          "are",
          "be",
          "been",
          "this",
          "that",
          "these",
          "those",
          "it",
          "its",
          "their",
          "our",
          "all",
          "any",
          "both",
          "each",
          "such",
          "other",
          "eg",
          "etc",
          "which",
          "who",
          "whose",
          "within",
          "between",
          "among",
          "through",
          "also",
          "well",
          "including",
          "le",
          "la",
          "les",
          "un",
          "une",
          "des",
          "du",
          "de",
          "et",
          "ou",
          "en",
          "au",
          "aux",
          "dans",
          "sur",
          "pour",
          "par",
          "avec",
          "sans",
          "son",
          "sa",
          "ses",
          "leur",
          "leurs",
          "ce",
          "cet",
          "cette",
          "ces",
          "qui",
          "que",
          "dont",
          "tout",
          "tous",
          "toute",
          "toutes",
          "entre",
          "ainsi",
          "continue",
          "continued",
          "continuing",
          "continuation",
          "ongoing",
          "continuer",
          "poursuivre",
          "poursuite",
          "continues");

  private DuplicateActions() {}

  /** The pairs found among {@code actions}, given in plan order. */
  static List<SimilarActions> find(List<Entry> actions) {
    var wordings = new HashMap<Set<String>, Integer>();
    var wordingOf = new int[actions.size()];
    var sets = new ArrayList<Set<String>>();
    for (int i = 0; i < actions.size(); i++) {
      Set<String> words = words(actions.get(i).text());
      Integer known = wordings.get(words);
      if (known == null) {
        known = sets.size();
        wordings.put(words, known);
        sets.add(words);
      }
      wordingOf[i] = words.isEmpty() ? -1 : known;
    }
    List<List<Similar>> similar = similarWordings(sets);

    // Per wording, the actions seen so far, by each body they name ("" for none).
    var seen = new HashMap<Integer, Map<String, List<Integer>>>();
    var bodies = new ArrayList<Set<String>>(actions.size());
    var pairs = new ArrayList<SimilarActions>();
    for (int i = 0; i < actions.size(); i++) {
      Set<String> mine = bodies(actions.get(i).responsible());
      bodies.add(mine);
      int wording = wordingOf[i];
      if (wording < 0) {
        continue;
      }
      int best = -1;
      double bestText = 0;
      double bestBodies = 0;
      for (Similar other : similar.get(wording)) {
        Map<String, List<Integer>> byBody = seen.get(other.wording());
        if (byBody == null) {
          continue;
        }
        int compared = 0;
        for (String body : mine.isEmpty() ? Set.of("") : mine) {
          for (int earlier : byBody.getOrDefault(body, List.of())) {
            if ((best >= 0 && earlier >= best) || compared++ >= MAX_COMPARED) {
              break;
            }
            double bodySimilarity = jaccard(mine, bodies.get(earlier));
            if (bodySimilarity >= SimilarActions.NEAR_SAME_BODIES) {
              best = earlier;
              bestText = other.similarity();
              bestBodies = bodySimilarity;
              break;
            }
          }
        }
      }
      if (best >= 0) {
        Entry later = actions.get(i);
        pairs.add(
            new SimilarActions(
                later.id(), actions.get(best).id(), bestText, bestBodies, later.location()));
      }
      Map<String, List<Integer>> byBody = seen.computeIfAbsent(wording, w -> new HashMap<>());
      for (String body : mine.isEmpty() ? Set.of("") : mine) {
        byBody.computeIfAbsent(body, b -> new ArrayList<>()).add(i);
      }
    }
    return pairs;
  }

  private record Similar(int wording, double similarity) {}

  /**
   * For each distinct word set, the sets (itself included) at least {@link
   * SimilarActions#NEAR_IDENTICAL_TEXT} similar to it, by prefix filtering.
   */
  private static List<List<Similar>> similarWordings(List<Set<String>> sets) {
    var frequency = new HashMap<String, Integer>();
    sets.forEach(set -> set.forEach(word -> frequency.merge(word, 1, Integer::sum)));
    Comparator<String> rarestFirst =
        Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder());
    double t = SimilarActions.NEAR_IDENTICAL_TEXT;
    var index = new HashMap<String, List<Integer>>();
    var similar = new ArrayList<List<Similar>>(sets.size());
    for (int s = 0; s < sets.size(); s++) {
      var list = new ArrayList<Similar>();
      list.add(new Similar(s, 1.0));
      similar.add(list);
    }
    for (int s = 0; s < sets.size(); s++) {
      Set<String> set = sets.get(s);
      if (set.isEmpty()) {
        continue;
      }
      List<String> ordered = set.stream().sorted(rarestFirst).toList();
      int prefix = set.size() - (int) Math.ceil(t * set.size() - 1e-9) + 1;
      var candidates = new HashSet<Integer>();
      for (String word : ordered.subList(0, prefix)) {
        candidates.addAll(index.getOrDefault(word, List.of()));
      }
      for (int other : candidates) {
        Set<String> otherSet = sets.get(other);
        if (otherSet.size() < t * set.size() - 1e-9 || set.size() < t * otherSet.size() - 1e-9) {
          continue;
        }
        double similarity = jaccard(set, otherSet);
        if (similarity >= t) {
          similar.get(s).add(new Similar(other, similarity));
          similar.get(other).add(new Similar(s, similarity));
        }
      }
      for (String word : ordered.subList(0, prefix)) {
        index.computeIfAbsent(word, w -> new ArrayList<>()).add(s);
      }
    }
    return similar;
  }

  /** The words of a text that say what it commits to. */
  static Set<String> words(String text) {
    String plain =
        MARKS
            .matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
            .replaceAll("");
    var words = new HashSet<String>();
    for (String word : NOT_A_WORD.split(plain)) {
      if (word.length() < 2 || IGNORED.contains(word)) {
        continue;
      }
      words.add(singular(word));
    }
    return words;
  }

  /** The plural s (English, French) or x (French) taken off words long enough to have one. */
  private static String singular(String word) {
    if (word.length() > 3
        && (word.endsWith("s") && !word.endsWith("ss") || word.endsWith("x"))
        && Character.isLetter(word.charAt(word.length() - 2))) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static Set<String> bodies(List<String> responsible) {
    var bodies = new HashSet<String>();
    responsible.forEach(code -> bodies.add(code.strip().toLowerCase(Locale.ROOT)));
    return bodies;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    int shared = 0;
    for (String x : a.size() <= b.size() ? a : b) {
      if ((a.size() <= b.size() ? b : a).contains(x)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }
}
