package org.napcheck.rules.internal;

import java.text.Normalizer;
import java.util.ArrayList;
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
import org.napcheck.rules.internal.SimilarWordings.Similar;

/**
 * Finds actions that repeat an earlier action of the plan: near-identical text ({@link
 * SimilarActions#NEAR_IDENTICAL_TEXT}) and near the same bodies ({@link
 * SimilarActions#NEAR_SAME_BODIES}). Each later action is paired with the earliest action it
 * repeats, so that k copies of one action make k - 1 pairs, not k(k - 1)/2.
 *
 * <p>No pair of actions is compared blindly. Only actions of similar wording are compared ({@link
 * SimilarWordings}), and among them only those that share a body, in the order of their places
 * (pillar, objective and action ids), stopping at the first match and after {@link #MAX_COMPARED}
 * candidates; the first action with the very same bodies is found by one lookup.
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

  private final List<Entry> actions;
  private final SimilarWordings wordings;

  /** Per wording, the first action with each set of bodies. */
  private final Map<Integer, Map<IdSet, Integer>> firstWithBodies = new HashMap<>();

  /** Per wording, the actions seen so far by each body they name (-1 for none). */
  private final Map<Integer, Map<Integer, List<Integer>>> seen = new HashMap<>();

  /** The numbers given to body codes, in order of appearance. */
  private final Map<String, Integer> codes = new HashMap<>();

  /** The bodies of each action seen so far. */
  private final List<IdSet> bodies;

  private DuplicateActions(List<Entry> actions, SimilarWordings wordings) {
    this.actions = actions;
    this.wordings = wordings;
    this.bodies = new ArrayList<>(actions.size());
  }

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
    return new DuplicateActions(actions, SimilarWordings.of(actions, committedWords)).pairs();
  }

  /** Each action, in place order, paired with the earliest action it repeats if it does. */
  private List<Repeat> pairs() {
    var pairs = new ArrayList<Repeat>();
    for (int i = 0; i < actions.size(); i++) {
      var codesOfAction = new HashSet<String>();
      actions
          .get(i)
          .responsible()
          .forEach(code -> codesOfAction.add(code.strip().toLowerCase(Locale.ROOT)));
      IdSet mine = IdSet.of(codesOfAction, codes);
      bodies.add(mine);
      int wording = wordings.of(i);
      if (wording < 0) {
        continue;
      }
      Repeat pair = pairWithEarliest(i, mine, wording);
      if (pair != null) {
        pairs.add(pair);
      }
      firstWithBodies.computeIfAbsent(wording, w -> new HashMap<>()).putIfAbsent(mine, i);
      Map<Integer, List<Integer>> byBody = seen.computeIfAbsent(wording, w -> new HashMap<>());
      for (int body : mine.keys()) {
        byBody.computeIfAbsent(body, b -> new ArrayList<>()).add(i);
      }
    }
    return pairs;
  }

  /**
   * The action {@code i}, whose bodies are {@code mine}, paired with the earliest action of similar
   * wording and near the same bodies; null when there is none.
   */
  private Repeat pairWithEarliest(int i, IdSet mine, int wording) {
    int best = -1;
    double bestText = 0;
    double bestBodies = 0;
    for (Similar other : wordings.similarTo(wording)) {
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
    if (best < 0) {
      return null;
    }
    Entry later = actions.get(i);
    return new Repeat(later.id(), actions.get(best).id(), bestText, bestBodies, later.location());
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
