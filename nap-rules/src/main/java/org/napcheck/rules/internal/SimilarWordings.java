package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.napcheck.rules.facts.SimilarActions;
import org.napcheck.rules.internal.DuplicateActions.Entry;

/**
 * The wordings of a plan's actions (the distinct sets of words they commit to), each with the
 * wordings at least {@link SimilarActions#NEAR_IDENTICAL_TEXT} similar to it. No pair of wordings
 * is compared blindly: they are joined with prefix filtering. Two sets whose Jaccard index reaches
 * t share a word among the first |s| - ⌈t|s|⌉ + 1 of each, in an order of rarest word first, so
 * only sets that share such a word are compared.
 */
final class SimilarWordings {
  record Similar(int wording, double similarity) {}

  /** For each action, the number of its wording; -1 for an action that commits to no word. */
  private final int[] wordingOf;

  private final List<List<Similar>> similar;

  private SimilarWordings(int[] wordingOf, List<List<Similar>> similar) {
    this.wordingOf = wordingOf;
    this.similar = similar;
  }

  /**
   * The wordings of {@code actions}; {@code committedWords} is {@link
   * DuplicateActions#committedWords(String)}, or what it gave before for the same text.
   */
  static SimilarWordings of(List<Entry> actions, Function<String, List<String>> committedWords) {
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
    return new SimilarWordings(wordingOf, similarWordings(sets, vocabulary.size()));
  }

  /** The wording of the action at {@code action}, -1 for none. */
  int of(int action) {
    return wordingOf[action];
  }

  /** The wordings similar to {@code wording}, itself included. */
  List<Similar> similarTo(int wording) {
    return similar.get(wording);
  }

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
}
