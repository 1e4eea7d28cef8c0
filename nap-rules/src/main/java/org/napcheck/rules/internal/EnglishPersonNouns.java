package org.napcheck.rules.internal;

import static org.napcheck.rules.internal.WordLists.endsWithAny;
import static org.napcheck.rules.internal.WordLists.set;
import static org.napcheck.rules.internal.WordLists.words;

import java.util.Set;

/**
 * English nouns of persons: recognised by their class, by their ending (the ending's common
 * non-persons set apart), and as the plurals of WordNet 3.1's person nouns.
 */
final class EnglishPersonNouns {
  private EnglishPersonNouns() {}

  /** Nouns of persons named by what they are, by role, status or office. */
  static final Set<String> PEOPLE = words("lexicon-people-en.txt");

  /** Cases, complaints, referrals: records about people, counted as people are. */
  static final Set<String> CASES =
      set(
          "cases",
          "complaints",
          "referrals",
          "applications",
          "allegations",
          "claims",
          "case-files",
          "case-records");

  /** English plurals that end like nouns of agents and are not persons. */
  private static final Set<String> NOT_PEOPLE = words("lexicon-not-people-en.txt");

  /** Jobs of either sex that WordNet defines as a woman's ("midwife: a woman skilled in ..."). */
  private static final Set<String> EITHER_SEX = set("midwives", "homemakers", "nannies");

  /** Whether {@code word} is a noun of persons: by its class, its ending, or WordNet's nouns. */
  static boolean isPeople(String word) {
    return isPeople(word, true);
  }

  /** Whether only WordNet's person nouns make {@code word} a noun of persons: for experiments. */
  static boolean onlyByWordNet(String word) {
    return isPeople(word, true) && !isPeople(word, false);
  }

  private static boolean isPeople(String word, boolean withWordNet) {
    if (PEOPLE.contains(word) || CASES.contains(word)) {
      return true;
    }
    if (!isAscii(word)) {
      // "attachés", "protégés": English writes them with the accents WordNet leaves out
      String plain =
          java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "");
      return isAscii(plain) && isPeople(plain, withWordNet);
    }
    if (NOT_PEOPLE.contains(word) || word.endsWith("ments")) {
      return false;
    }
    if (word.length() > 6 && word.endsWith("women")) {
      return true;
    }
    if (word.length() >= 6
        && endsWithAny(word, "ers", "ors", "ists", "ants", "ents", "ees", "ians", "eers")) {
      return true;
    }
    return withWordNet && isWordNetPersonPlural(word);
  }

  /**
   * Whether {@code word} is the plural of one of WordNet 3.1's person nouns (a noun whose first
   * sense is a person: widows, clerics, spouses, policewomen). Only plurals: a count of people is
   * plural, and many of these nouns are adjectives too ("national", "senior").
   */
  static boolean isWordNetPersonPlural(String word) {
    return isPluralOfAny(word, WordNetPersons.WORDS);
  }

  /**
   * Whether {@code word} is the plural of a noun WordNet 3.1 gives as a female person's (widows,
   * wives, nuns, actresses): a count of them counts women only.
   */
  static boolean isWordNetFemalePlural(String word) {
    return isPluralOfAny(word, WordNetPersons.FEMALE) && !EITHER_SEX.contains(word);
  }

  private static boolean isPluralOfAny(String word, Set<String> persons) {
    int length = word.length();
    if (length > 5 && word.endsWith("men")) {
      return persons.contains(word.substring(0, length - 3) + "man");
    }
    if (length < 4 || !word.endsWith("s") || word.endsWith("ss")) {
      return false;
    }
    if (word.endsWith("ies") && persons.contains(word.substring(0, length - 3) + "y")) {
      return true;
    }
    if (word.endsWith("ves")
        && (persons.contains(word.substring(0, length - 3) + "f")
            || persons.contains(word.substring(0, length - 3) + "fe"))) {
      return true;
    }
    if (word.endsWith("es") && persons.contains(word.substring(0, length - 2))) {
      return true;
    }
    return persons.contains(word.substring(0, length - 1));
  }

  /**
   * WordNet's English person nouns (person-nouns-en.txt, about 6,300 words) and those of them that
   * name a female person (female-nouns-en.txt, 285), read once.
   */
  private static final class WordNetPersons {
    static final Set<String> WORDS = words("person-nouns-en.txt");
    static final Set<String> FEMALE = words("female-nouns-en.txt");
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
