package org.napcheck.rules.internal;

import static org.napcheck.rules.internal.WordLists.set;

import java.util.List;
import java.util.Set;
import org.napcheck.rules.internal.TextInference.Token;

/**
 * The language {@link TextInference} reads a text in, English or French. Its word classes say what
 * a word is (a person, a case, a unit of quantity, generic work, a process, a preposition) rather
 * than which phrases to look for, a vocabulary a topic: {@link PersonNouns} (with {@link
 * EnglishPersonNouns} and {@link FrenchPersonNouns}), {@link SexAndAgeWords}, {@link
 * QuantityWords}, {@link WorkWords}, {@link FunctionWords} and {@link NounPhrases}; those whose
 * answer depends on the language take the lexicon to read with. docs/inference.md says how each
 * class was drawn.
 */
enum Lexicon {
  ENGLISH,
  FRENCH,
  /** A text of unknown language: each text is read as English or French by its function words. */
  BOTH;

  static Lexicon language(String code) {
    if ("en".equals(code)) {
      return ENGLISH;
    }
    if ("fr".equals(code)) {
      return FRENCH;
    }
    return BOTH;
  }

  /** The lexicon to read {@code tokens} with: this one, or for BOTH the language they look like. */
  Lexicon of(List<Token> tokens) {
    if (this != BOTH) {
      return this;
    }
    int french = 0;
    int english = 0;
    for (Token token : tokens) {
      french += FRENCH_FUNCTION.contains(token.word()) || hasFrenchLetter(token.word()) ? 1 : 0;
      english += ENGLISH_FUNCTION.contains(token.word()) ? 1 : 0;
    }
    return french > english ? FRENCH : ENGLISH;
  }

  private static boolean hasFrenchLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if ("éèêàâçœùûîôë".indexOf(word.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ENGLISH_FUNCTION =
      set("of", "the", "and", "in", "to", "for", "on", "by", "with", "number", "made", "taken");
  private static final Set<String> FRENCH_FUNCTION =
      set(
          "de", "d'", "des", "du", "la", "le", "les", "l'", "et", "à", "aux", "au", "pour", "sur",
          "nombre", "par");
}
