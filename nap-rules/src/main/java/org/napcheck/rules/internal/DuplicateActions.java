package org.napcheck.rules.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
 * actions of similar wording, only those that share a body are compared, in the order of their
 * places (pillar, objective and action ids), stopping at the first match and after {@link
 * #MAX_COMPARED} candidates; the first action with the very same bodies is found by one lookup.
 */
public final class DuplicateActions {
  /** At most this many earlier actions are compared with one action, whatever the plan. */
  static final int MAX_COMPARED = 64;

  /** What is compared of an action: its place, its words and its bodies. */
  public record Entry(String id, String text, List<String> responsible, Location location) {}

  /**
   * An action that repeats an earlier one.
   *
   * @param location the later action's
   */
  public record Repeat(
      String actionId,
      String otherActionId,
      double textSimilarity,
      double bodySimilarity,
      Location location) {}

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

  /**
   * The pairs found among {@code actions}, given in plan order; {@code committedWords} is {@link
   * #committedWords(String)}, or what it gave before for the same text.
   */
  public static List<Repeat> find(
      List<Entry> inPlanOrder, Function<String, List<String>> committedWords) {
    // "Earlier" is by place (pillar, objective, action ids), not by the order of the file, so that
    // the same plan written in another order gives the same findings; actions naming no body are
    // left to NAP-P004.
    List<Entry> actions =
        inPlanOrder.stream()
            .filter(entry -> !entry.responsible().isEmpty())
            .sorted(
                Comparator.comparing(Entry::location, Location.ORDER)
                    .thenComparing(Entry::text)
                    .thenComparing(entry -> String.join("\n", entry.responsible())))
            .toList();
    var vocabulary = new HashMap<String, Integer>(1024);
    var wordings = new HashMap<IdSet, Integer>();
    var wordingOf = new int[actions.size()];
    var sets = new ArrayList<IdSet>();
    for (int i = 0; i < actions.size(); i++) {
      IdSet words = wordIds(committedWords.apply(actions.get(i).text()), vocabulary);
      Integer known = wordings.get(words);
      if (known == null) {
        known = sets.size();
        wordings.put(words, known);
        sets.add(words);
      }
      wordingOf[i] = words.isEmpty() ? -1 : known;
    }
    List<List<Similar>> similar = similarWordings(sets, vocabulary.size());

    // Per wording, the first action with each set of bodies, and the actions seen so far by each
    // body they name ("" for none).
    var firstWithBodies = new HashMap<Integer, Map<IdSet, Integer>>();
    var seen = new HashMap<Integer, Map<Integer, List<Integer>>>();
    var codes = new HashMap<String, Integer>();
    var bodies = new ArrayList<IdSet>(actions.size());
    var pairs = new ArrayList<Repeat>();
    for (int i = 0; i < actions.size(); i++) {
      var codesOfAction = new HashSet<String>();
      actions
          .get(i)
          .responsible()
          .forEach(code -> codesOfAction.add(code.strip().toLowerCase(Locale.ROOT)));
      IdSet mine = IdSet.of(codesOfAction, codes);
      bodies.add(mine);
      int wording = wordingOf[i];
      if (wording < 0) {
        continue;
      }
      int best = -1;
      double bestText = 0;
      double bestBodies = 0;
      for (Similar other : similar.get(wording)) {
        Map<Integer, List<Integer>> byBody = seen.get(other.wording());
        if (byBody == null) {
          continue;
        }
        // The same bodies first: one lookup, and it bounds the search for near-same ones.
        Integer same = firstWithBodies.get(other.wording()).get(mine);
        if (same != null && (best < 0 || same < best)) {
          best = same;
          bestText = other.similarity();
          bestBodies = 1.0;
        }
        int compared = 0;
        for (int body : mine.keys()) {
          for (int earlier : byBody.getOrDefault(body, List.of())) {
            if ((best >= 0 && earlier >= best) || compared++ >= MAX_COMPARED) {
              break;
            }
            double bodySimilarity = mine.similarity(bodies.get(earlier));
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
            new Repeat(later.id(), actions.get(best).id(), bestText, bestBodies, later.location()));
      }
      firstWithBodies.computeIfAbsent(wording, w -> new HashMap<>()).putIfAbsent(mine, i);
      Map<Integer, List<Integer>> byBody = seen.computeIfAbsent(wording, w -> new HashMap<>());
      for (int body : mine.keys()) {
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
  private static List<List<Similar>> similarWordings(List<IdSet> sets, int vocabularySize) {
    var frequency = new int[vocabularySize];
    sets.forEach(set -> Arrays.stream(set.ids()).forEach(word -> frequency[word]++));
    double t = SimilarActions.NEAR_IDENTICAL_TEXT;
    @SuppressWarnings("unchecked")
    List<Integer>[] index = new List[vocabularySize];
    var lastCandidateOf = new int[sets.size()];
    Arrays.fill(lastCandidateOf, -1);
    var similar = new ArrayList<List<Similar>>(sets.size());
    for (int s = 0; s < sets.size(); s++) {
      var list = new ArrayList<Similar>();
      list.add(new Similar(s, 1.0));
      similar.add(list);
    }
    for (int s = 0; s < sets.size(); s++) {
      int[] words = sets.get(s).ids();
      if (words.length == 0) {
        continue;
      }
      // Rarest word first, so that few sets share a word of the prefix.
      long[] rarestFirst = new long[words.length];
      for (int k = 0; k < words.length; k++) {
        rarestFirst[k] = ((long) frequency[words[k]] << 32) | words[k];
      }
      Arrays.sort(rarestFirst);
      int prefix = words.length - (int) Math.ceil(t * words.length - 1e-9) + 1;
      for (int k = 0; k < prefix; k++) {
        List<Integer> sharing = index[(int) rarestFirst[k]];
        if (sharing == null) {
          continue;
        }
        for (int other : sharing) {
          if (lastCandidateOf[other] == s) {
            continue;
          }
          lastCandidateOf[other] = s;
          int otherSize = sets.get(other).ids().length;
          if (otherSize < t * words.length - 1e-9 || words.length < t * otherSize - 1e-9) {
            continue;
          }
          double similarity = sets.get(s).similarity(sets.get(other));
          if (similarity >= t) {
            similar.get(s).add(new Similar(other, similarity));
            similar.get(other).add(new Similar(s, similarity));
          }
        }
      }
      for (int k = 0; k < prefix; k++) {
        int word = (int) rarestFirst[k];
        if (index[word] == null) {
          index[word] = new ArrayList<>(2);
        }
        index[word].add(s);
      }
    }
    return similar;
  }

  /**
   * The words of a text that say what it commits to, as numbers given them in {@code vocabulary}
   * (in order of appearance).
   */
  private static IdSet wordIds(List<String> words, Map<String, Integer> vocabulary) {
    int[] ids = new int[words.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = vocabulary.computeIfAbsent(words.get(i), word -> vocabulary.size());
    }
    Arrays.sort(ids);
    return new IdSet(ids);
  }

  /**
   * The words of a text that say what it commits to, each once, in their singular: the words that
   * say nothing left out.
   */
  public static List<String> committedWords(String text) {
    var words = new LinkedHashSet<String>();
    forEachWord(
        text,
        form -> {
          if (!IGNORED.contains(form)) {
            words.add(singular(form));
          }
        });
    return List.copyOf(words);
  }

  /** The words of a text that say what it commits to. */
  static Set<String> words(String text) {
    return new HashSet<>(committedWords(text));
  }

  /**
   * Each word of two letters or more of {@code text}, in lower case and without accents, as it is
   * written (plural, grammatical words and all): the one reading of words NAP-P010 makes.
   */
  private static void forEachWord(String text, java.util.function.Consumer<String> form) {
    var word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        fold(c, word);
      } else if (word.length() > 0 && Character.getType(c) != Character.NON_SPACING_MARK) {
        if (word.length() >= 2) {
          form.accept(word.toString());
        }
        word.setLength(0);
      }
    }
  }

  /** A letter in lower case and without its accent: {@code É} is {@code e}, {@code œ} is oe. */
  private static void fold(char c, StringBuilder word) {
    if (c < 128) {
      word.append(Character.toLowerCase(c));
    } else if (c == 'œ' || c == 'Œ') {
      word.append("oe");
    } else if (c == 'æ' || c == 'Æ') {
      word.append("ae");
    } else {
      String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      word.append(Character.toLowerCase(plain.charAt(0)));
    }
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

  /** A set of words or of body codes, as sorted numbers given them in order of appearance. */
  private record IdSet(int[] ids) {
    private static final int[] NONE = {-1};

    static IdSet of(Set<String> items, Map<String, Integer> numbers) {
      int[] ids = new int[items.size()];
      int k = 0;
      for (String item : items) {
        Integer known = numbers.get(item);
        if (known == null) {
          known = numbers.size();
          numbers.put(item, known);
        }
        ids[k++] = known;
      }
      Arrays.sort(ids);
      return new IdSet(ids);
    }

    boolean isEmpty() {
      return ids.length == 0;
    }

    /** The bodies to index the action by; -1 for an action that names none. */
    int[] keys() {
      return ids.length == 0 ? NONE : ids;
    }

    /** The Jaccard index, 1 when neither names a body. */
    double similarity(IdSet other) {
      if (ids.length == 0 && other.ids.length == 0) {
        return 1.0;
      }
      int shared = 0;
      for (int i = 0, j = 0; i < ids.length && j < other.ids.length; ) {
        if (ids[i] == other.ids[j]) {
          shared++;
          i++;
          j++;
        } else if (ids[i] < other.ids[j]) {
          i++;
        } else {
          j++;
        }
      }
      return (double) shared / (ids.length + other.ids.length - shared);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof IdSet set && Arrays.equals(ids, set.ids);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
      return Arrays.toString(ids);
    }
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
