package org.napcheck.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.napcheck.bench.Relatedness.Pair;
import org.napcheck.rules.internal.TextInference;

/**
 * The methods of {@link Relatedness} that read the two texts' words alone: shared stems, character
 * trigrams, kinds of output, groups of people. Each gives a score, lower for less related, or NaN
 * when it cannot tell.
 */
final class WordMethods {
  /** Words of one sex, and words for anyone: they say nothing of which group is counted. */
  private static final Set<String> ANY_GROUP =
      Vocabulary.set(
          "women woman men man girls girl boys boy female females male males femmes femme hommes "
              + "homme filles fille garçons garçon people persons person participants participant "
              + "members member beneficiaries beneficiary population public personnes personne "
              + "membres membre bénéficiaires bénéficiaire publics");

  private final Vocabulary vocabulary;
  private final OutputKinds kinds;

  WordMethods(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.kinds = new OutputKinds(vocabulary);
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  OutputKinds outputKinds() {
    return kinds;
  }

  /** The share of the indicator's content stems that the action uses too; NaN if it has none. */
  double overlap(Pair pair, boolean dropGeneric) {
    Set<String> indicator = vocabulary.stems(pair.indicator(), pair.french(), dropGeneric);
    if (indicator.isEmpty()) {
      return Double.NaN;
    }
    Set<String> action = vocabulary.stems(pair.action(), pair.french(), dropGeneric);
    return indicator.stream().filter(action::contains).count() / (double) indicator.size();
  }

  /** Cosine of the character trigrams of the two texts' content words. */
  double trigrams(Pair pair) {
    Map<String, Integer> a = grams(pair.action(), pair.french());
    Map<String, Integer> b = grams(pair.indicator(), pair.french());
    if (b.isEmpty()) {
      return Double.NaN;
    }
    double dot = 0;
    for (var e : b.entrySet()) {
      dot += e.getValue() * a.getOrDefault(e.getKey(), 0);
    }
    return dot / Math.sqrt(norm(a) * norm(b));
  }

  private Map<String, Integer> grams(String text, boolean french) {
    var grams = new HashMap<String, Integer>();
    for (String word : vocabulary.content(text, french)) {
      if (vocabulary.generic(vocabulary.stem(word, french))) {
        continue;
      }
      String padded = " " + word + " ";
      for (int i = 0; i + 3 <= padded.length(); i++) {
        grams.merge(padded.substring(i, i + 3), 1, Integer::sum);
      }
    }
    return grams;
  }

  private static double norm(Map<String, Integer> grams) {
    double sum = 0;
    for (int count : grams.values()) {
      sum += count * count;
    }
    return sum == 0 ? 1 : sum;
  }

  /**
   * Overlap without work-in-general words, where an indicator word of a kind of output ({@link
   * OutputKinds}) counts as matched when the action uses a word that produces that kind.
   */
  double kinds(Pair pair) {
    boolean french = pair.french();
    var indicatorWords = new LinkedHashMap<String, String>();
    for (String word : vocabulary.content(pair.indicator(), french)) {
      String stem = vocabulary.stem(word, french);
      if (!vocabulary.generic(stem)) {
        indicatorWords.putIfAbsent(stem, word);
      }
    }
    if (indicatorWords.isEmpty()) {
      return Double.NaN;
    }
    Set<String> actionStems = vocabulary.stems(pair.action(), french, true);
    Set<String> actionAll = vocabulary.stems(pair.action(), french, false);
    int matched = 0;
    for (var entry : indicatorWords.entrySet()) {
      if (actionStems.contains(entry.getKey()) || kinds.producedBy(entry.getKey(), actionAll)) {
        matched++;
      }
    }
    return matched / (double) indicatorWords.size();
  }

  /**
   * Flags only an indicator made of kinds of output (campaigns, projects, statements, funds,
   * trainings, meetings) none of which the action shares or produces: "Campaigns, actions and
   * projects carried out" under "roundtables of experts". 0 when so, 1 otherwise.
   */
  double kindMismatch(Pair pair) {
    boolean french = pair.french();
    Set<String> indicator = vocabulary.stems(pair.indicator(), french, true);
    if (indicator.isEmpty()) {
      return Double.NaN;
    }
    Set<String> action = vocabulary.stems(pair.action(), french, false);
    for (String stem : indicator) {
      if (!kinds.kindWord(stem) || action.contains(stem) || kinds.producedBy(stem, action)) {
        return 1;
      }
    }
    return 0;
  }

  /** The stems of the nouns of persons in a text (the lexicon's test), but for ANY_GROUP. */
  private Set<String> groups(String text, boolean french) {
    var out = new HashSet<String>();
    for (String word : vocabulary.content(text, french)) {
      if (!ANY_GROUP.contains(word) && TextInference.lexiconPerson(word, french)) {
        out.add(vocabulary.stem(word, french));
      }
    }
    return out;
  }

  /**
   * Flags an indicator that counts a group of people the action does not name, when the action
   * names a group: "Number of teachers trained" under "Train community health workers". 0 when so,
   * 1 when a group matches, NaN when either names none.
   */
  double groupMismatch(Pair pair, WordNetExpansion wordnet) {
    Set<String> indicator = groups(pair.indicator(), pair.french());
    Set<String> action = groups(pair.action(), pair.french());
    if (indicator.isEmpty() || action.isEmpty()) {
      return Double.NaN;
    }
    for (String group : indicator) {
      if (action.contains(group)) {
        return 1;
      }
    }
    if (!pair.french()) {
      var expanded = new HashSet<String>();
      for (String word : vocabulary.content(pair.action(), false)) {
        if (action.contains(vocabulary.stem(word, false))) {
          expanded.addAll(wordnet.expand(word));
        }
      }
      for (String word : vocabulary.content(pair.indicator(), false)) {
        if (indicator.contains(vocabulary.stem(word, false))
            && wordnet.expand(word).stream().anyMatch(expanded::contains)) {
          return 1;
        }
      }
    }
    return 0;
  }

  /** 0 when either mismatch flags the pair, NaN when both abstain, 1 otherwise. */
  double kindOrGroupMismatch(Pair pair, WordNetExpansion wordnet) {
    double kind = kindMismatch(pair);
    double group = groupMismatch(pair, wordnet);
    if (kind == 0 || group == 0) {
      return 0;
    }
    return Double.isNaN(kind) && Double.isNaN(group) ? Double.NaN : 1;
  }
}
