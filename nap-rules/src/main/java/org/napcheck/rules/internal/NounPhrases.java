package org.napcheck.rules.internal;

import static org.napcheck.rules.internal.Lexicon.ENGLISH;
import static org.napcheck.rules.internal.Lexicon.FRENCH;
import static org.napcheck.rules.internal.WordLists.endsWithAny;
import static org.napcheck.rules.internal.WordLists.set;
import static org.napcheck.rules.internal.WordLists.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.napcheck.rules.internal.TextInference.Phrase;
import org.napcheck.rules.internal.TextInference.Token;

/**
 * Noun phrases: where they end (a preposition, a participle, an adverb, punctuation), how "and",
 * "or" and commas join them, and which of their words is the head.
 */
final class NounPhrases {
  private NounPhrases() {}

  private static final Set<String> STOPPERS_EN = words("lexicon-stoppers-en.txt");

  private static final Set<String> STOPPERS_FR = words("lexicon-stoppers-fr.txt");

  private static final Set<String> COORDINATORS = set("and", "or", "&", "et", "ou", ",", "and/or");

  private static final Set<String> IRREGULAR_PARTICIPLES =
      words("lexicon-irregular-participles.txt");

  /** Nouns and adjectives that end in -ly as adverbs do. */
  private static final Set<String> NOT_ADVERBS_IN_LY =
      set(
          "family",
          "assembly",
          "ally",
          "supply",
          "rally",
          "anomaly",
          "monopoly",
          "italy",
          "july",
          "weekly",
          "monthly",
          "quarterly",
          "yearly",
          "daily",
          "hourly",
          "early",
          "elderly",
          "friendly",
          "lonely",
          "costly",
          "orderly",
          "only");

  private static final Set<String> PRE_NOMINAL_FR =
      set(
          "jeunes",
          "jeune",
          "nouveaux",
          "nouvelles",
          "anciens",
          "anciennes",
          "ex",
          "futurs",
          "futures",
          "petites",
          "petits",
          "grands",
          "grandes",
          "hauts",
          "hautes");

  /** Nouns that end like a participle: "gender training", "regular monitoring". */
  private static final Set<String> NOUNS_IN_ING = words("lexicon-nouns-in-ing.txt");

  private static final Set<String> PLURAL_ALSO =
      set(
          "people",
          "personnel",
          "staff",
          "police",
          "youth",
          "women",
          "men",
          "children",
          "cas",
          "personnel",
          "clergy",
          "alumni");

  /**
   * The noun phrases that start at {@code start}, joined by "and", "or" or commas: "participants
   * and representatives", "Campaigns, actions and projects". Each ends at a preposition, a
   * participle or punctuation; the first phrase that ends so ends the list. With part-of-speech
   * tags of the tokens when a tagger gave them (null otherwise), a verb ends a phrase and its head
   * is its last noun (English) or its first (French).
   */
  static List<Phrase> phrases(Lexicon language, List<Token> tokens, int start, String[] tags) {
    Lexicon lexicon = language.of(tokens);
    boolean french = lexicon == FRENCH;
    var phrases = new ArrayList<Phrase>();
    int i = start;
    while (i < tokens.size()) {
      var words = new ArrayList<Token>();
      boolean ended = false;
      while (i < tokens.size()) {
        String word = tokens.get(i).word();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
        if (COORDINATORS.contains(word)) {
          break;
        }
        if (isPunctuation(word)
            || (french ? STOPPERS_FR : STOPPERS_EN).contains(word)
            || !words.isEmpty()
                && (tags != null
                    ? tags[i].equals("VERB") || tags[i].equals("AUX")
                    : isParticiple(lexicon, word, words.get(words.size() - 1).word(), next))) {
          ended = true;
          break;
        }
        if (!french && words.isEmpty() && word.endsWith("ly") && word.length() > 4) {
          i++;
          continue;
        }
        if (!french && isAdverb(word)) {
          // "children formerly associated", "staff currently deployed": the phrase ends
          ended = true;
          break;
        }
        words.add(tokens.get(i));
        i++;
      }
      if (!words.isEmpty()) {
        Token head = tags == null ? head(lexicon, words) : taggedHead(lexicon, words, tokens, tags);
        phrases.add(new Phrase(List.copyOf(words), head));
      }
      if (ended || i >= tokens.size()) {
        break;
      }
      i = FunctionWords.skipDeterminers(tokens, i + 1);
    }
    return phrases;
  }

  /** English adverbs in -ly: "formerly", "newly", "internally". */
  private static boolean isAdverb(String word) {
    return word.endsWith("ly") && word.length() > 4 && !NOT_ADVERBS_IN_LY.contains(word);
  }

  private static Token head(Lexicon lexicon, List<Token> words) {
    if (lexicon == FRENCH) {
      if (words.size() > 1
          && PRE_NOMINAL_FR.contains(words.get(0).word())
          && !(PersonNouns.isPeople(lexicon, words.get(0).word())
              && !PersonNouns.isPeople(lexicon, words.get(1).word()))) {
        // « jeunes leaders », « anciens combattants »; but « jeunes âgés de 15 à 35 ans »,
        // « jeunes ruraux »: young people, the word after them says something of them
        return words.get(1);
      }
      return words.get(0);
    }
    for (int i = words.size() - 1; i > 0; i--) {
      if (!words.get(i).word().endsWith("'s")) {
        return words.get(i);
      }
    }
    return words.get(0);
  }

  /** The last noun of {@code words} (English) or the first (French), by their tags. */
  private static Token taggedHead(
      Lexicon lexicon, List<Token> words, List<Token> tokens, String[] tags) {
    Token found = null;
    for (Token word : words) {
      String tag = tags[tokens.indexOf(word)];
      if (tag.equals("NOUN") || tag.equals("PROPN")) {
        found = word;
        if (lexicon == FRENCH) {
          break;
        }
      }
    }
    return found != null ? found : head(lexicon, words);
  }

  /**
   * Whether {@code word}, between {@code previous} and {@code next}, is a participle saying
   * something of the words before it ("trained", « déclarant »), not a preposition.
   */
  static boolean isParticipleAfter(Lexicon lexicon, String word, String previous, String next) {
    return !FunctionWords.isObjectPreposition(word)
            && !FunctionWords.isOfOrAmong(word)
            && isParticiple(lexicon, word, previous, next)
        || lexicon != ENGLISH && word.length() > 4 && word.endsWith("ant");
  }

  private static boolean isParticiple(Lexicon lexicon, String word, String previous, String next) {
    if (IRREGULAR_PARTICIPLES.contains(word)) {
      return true;
    }
    if (lexicon == FRENCH) {
      return word.length() > 4
          && endsWithAny(
              word, "é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "ite", "its", "ites",
              "ant", "ues", "us", "ue");
    }
    if (word.length() >= 4 && word.endsWith("ed") && !word.endsWith("eed")) {
      return true;
    }
    if (word.length() >= 5
        && word.endsWith("ing")
        && !WorkWords.isGenericNoun(word)
        && !NOUNS_IN_ING.contains(word)) {
      return isPlural(lexicon, previous)
          || PersonNouns.isPeople(lexicon, previous)
          || STOPPERS_EN.contains(next)
          || FunctionWords.isDeterminer(next)
          || isPunctuation(next);
    }
    return false;
  }

  private static boolean isPunctuation(String word) {
    return word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0)) && !word.equals("%");
  }

  static boolean isPlural(Lexicon lexicon, String word) {
    return word.endsWith("s")
        || word.endsWith("x")
        || word.endsWith("men") && lexicon != FRENCH
        || PLURAL_ALSO.contains(word);
  }
}
