package org.napcheck.rules.internal;

import static org.napcheck.rules.internal.WordLists.set;
import static org.napcheck.rules.internal.WordLists.words;

import java.util.List;
import java.util.Set;
import org.napcheck.rules.internal.TextInference.Token;

/**
 * The grammatical words of English and French that the reading of phrases turns on: determiners,
 * articles, prepositions, conjunctions and relative pronouns.
 */
final class FunctionWords {
  private FunctionWords() {}

  private static final Set<String> DETERMINERS = words("lexicon-determiners.txt");

  private static final Set<String> DEFINITE = set("the", "le", "la", "l'");

  private static final Set<String> OBJECT_PREPOSITIONS =
      set(
          "of", "for", "to", "in", "on", "into", "de", "d'", "du", "des", "à", "au", "aux", "pour",
          "sur", "dans");

  /** "of", "among", « de », « parmi »: what a count or a participle is of. */
  private static final Set<String> OF =
      set("of", "among", "amongst", "de", "d'", "des", "du", "parmi", "entre");

  /** Prepositions, articles and conjunctions, which link words rather than qualify them. */
  private static final Set<String> LINK_WORDS =
      set(
          "of", "the", "a", "an", "and", "or", "in", "to", "for", "on", "by", "with", "among", "at",
          "de", "d'", "des", "du", "la", "le", "les", "l'", "un", "une", "et", "ou", "à", "aux",
          "au", "pour", "sur", "par", "dans", "avec", "entre", "parmi", "en", "chez");

  /** Words that open a clause saying something of the people just named: "who", « qui ». */
  private static final Set<String> RELATIVES =
      set("who", "whom", "whose", "that", "which", "qui", "dont", "lesquels", "lesquelles");

  /** Where the first token at or after {@code at} that is not a determiner stands. */
  static int skipDeterminers(List<Token> tokens, int at) {
    int i = at;
    while (i < tokens.size() && DETERMINERS.contains(tokens.get(i).word())) {
      i++;
    }
    return i;
  }

  static boolean isDeterminer(String word) {
    return DETERMINERS.contains(word);
  }

  static boolean isDefiniteArticle(String word) {
    return DEFINITE.contains(word);
  }

  static boolean isObjectPreposition(String word) {
    return OBJECT_PREPOSITIONS.contains(word);
  }

  static boolean isOfOrAmong(String word) {
    return OF.contains(word);
  }

  /** {@link #isOfOrAmong}, or "by", « par ». */
  static boolean isOf(String word) {
    return OF.contains(word) || word.equals("by") || word.equals("par");
  }

  static boolean isLinkWord(String word) {
    return LINK_WORDS.contains(word);
  }

  static boolean isRelative(String word) {
    return RELATIVES.contains(word);
  }
}
