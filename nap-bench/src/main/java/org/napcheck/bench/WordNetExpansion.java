package org.napcheck.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.napcheck.bench.Relatedness.Pair;

/**
 * WordNet 3.1 (English), a method of {@link Relatedness}: an indicator word matches when it, its
 * synonyms, its derivationally related words (train / training / trainee) or, with {@code
 * hypernyms}, the words one level up (judge → adjudicator; magistrate → judge) meet the same set
 * drawn from the action. French words fall back to stems.
 */
final class WordNetExpansion {
  private final WordMethods methods;
  private final Vocabulary vocabulary;
  private final Dictionary dictionary;
  private final boolean hypernyms;
  private final int senses;
  private final Map<String, Set<String>> cache = new HashMap<>();

  private boolean withKinds;

  /**
   * @param senses how many senses of a word are expanded, most frequent first
   */
  WordNetExpansion(WordMethods methods, Dictionary dictionary, boolean hypernyms, int senses) {
    this.methods = methods;
    this.vocabulary = methods.vocabulary();
    this.dictionary = dictionary;
    this.hypernyms = hypernyms;
    this.senses = senses;
  }

  /**
   * The same expansion where a word of a kind of output also matches an action that produces it, as
   * in method "kinds". Its cache is its own.
   */
  WordNetExpansion withKinds() {
    var copy = new WordNetExpansion(methods, dictionary, hypernyms, senses);
    copy.withKinds = true;
    return copy;
  }

  /** The stems of a word and of the words WordNet relates to it. */
  synchronized Set<String> expand(String word) {
    return cache.computeIfAbsent(word, this::lookUp);
  }

  private Set<String> lookUp(String word) {
    var out = new HashSet<String>();
    out.add(vocabulary.stem(word, false));
    try {
      for (IndexWord indexWord : dictionary.lookupAllIndexWords(word).getIndexWordArray()) {
        List<Synset> synsets = indexWord.getSenses();
        for (Synset synset : synsets.subList(0, Math.min(senses, synsets.size()))) {
          add(out, synset);
          for (Word member : synset.getWords()) {
            for (Pointer pointer : member.getPointers(PointerType.DERIVATION)) {
              if (pointer.getTarget() instanceof Word target) {
                out.add(vocabulary.stem(target.getLemma().toLowerCase(Locale.ROOT), false));
              }
            }
          }
          if (hypernyms) {
            for (Pointer pointer : synset.getPointers(PointerType.HYPERNYM)) {
              add(out, pointer.getTargetSynset());
            }
          }
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private void add(Set<String> out, Synset synset) {
    for (Word member : synset.getWords()) {
      String lemma = member.getLemma().toLowerCase(Locale.ROOT);
      if (!lemma.contains(" ")) {
        out.add(vocabulary.stem(lemma, false));
      }
    }
  }

  double score(Pair pair) {
    if (pair.french()) {
      return withKinds ? methods.kinds(pair) : methods.overlap(pair, true);
    }
    var indicator = new ArrayList<String>();
    for (String word : vocabulary.content(pair.indicator(), false)) {
      if (!vocabulary.generic(vocabulary.stem(word, false))) {
        indicator.add(word);
      }
    }
    if (indicator.isEmpty()) {
      return Double.NaN;
    }
    var action = new HashSet<String>();
    for (String word : vocabulary.content(pair.action(), false)) {
      if (!vocabulary.generic(vocabulary.stem(word, false))) {
        action.addAll(expand(word));
      }
    }
    action.removeIf(vocabulary::generic);
    Set<String> actionAll = vocabulary.stems(pair.action(), false, false);
    OutputKinds kinds = methods.outputKinds();
    long matched =
        indicator.stream()
            .filter(
                word ->
                    expand(word).stream().anyMatch(action::contains)
                        || withKinds && kinds.producedBy(vocabulary.stem(word, false), actionAll))
            .count();
    return matched / (double) indicator.size();
  }
}
