package org.napcheck.rules.internal;

import static org.napcheck.rules.internal.WordLists.endsWithAny;
import static org.napcheck.rules.internal.WordLists.set;
import static org.napcheck.rules.internal.WordLists.words;

import java.util.Set;

/**
 * French nouns of persons: recognised by their class, by their ending (the ending's common
 * non-persons set apart), as compounds, as agents borrowed from English, and in their feminine
 * forms; and the participles that stand as nouns of persons after a count.
 */
final class FrenchPersonNouns {
  private FrenchPersonNouns() {}

  /** Nouns of persons named by what they are, by role, status or office. */
  static final Set<String> PEOPLE = words("lexicon-people-fr.txt");

  /** Cases, complaints, referrals: records about people, counted as people are. */
  static final Set<String> CASES =
      set(
          "cas",
          "plaintes",
          "signalements",
          "candidatures",
          "demandes",
          "allégations",
          "saisines",
          "requêtes");

  /** French plurals that end like nouns of agents and are not persons. */
  private static final Set<String> NOT_PEOPLE = words("lexicon-not-people-fr.txt");

  private static final Set<String> PREFIXES =
      set("ex", "co", "vice", "sous", "non", "anti", "pré", "post", "auto", "demi", "mi", "semi");

  /** Whether {@code word} is a noun of persons, as it is written or as the feminine of one. */
  static boolean isPeople(String word) {
    return isPeopleAsWritten(word) || masculineOf(word) != null;
  }

  /** Whether {@code word} is a noun of persons as it is written: by its class or its ending. */
  private static boolean isPeopleAsWritten(String word) {
    if (PEOPLE.contains(word) || CASES.contains(word)) {
      return true;
    }
    if (NOT_PEOPLE.contains(word) || word.endsWith("ments") || word.length() < 6) {
      return false;
    }
    int hyphen = word.indexOf('-');
    if (hyphen > 0) {
      // « gardes-côtes »: the first noun is the head; « ex-combattants »: after a prefix
      return isPeopleAsWritten(compoundHead(word, hyphen));
    }
    if (endsWithAny(word, "eurs", "ants", "ents", "istes", "aires", "iers", "iens", "éens")) {
      return true;
    }
    return isBorrowedAgent(word);
  }

  /**
   * The noun of a compound that names what it is: the first (« gardes-côtes »), or the one after a
   * prefix (« ex-combattants »).
   */
  static String compoundHead(String word, int hyphen) {
    String first = word.substring(0, hyphen);
    return PREFIXES.contains(first) ? word.substring(hyphen + 1) : first;
  }

  /**
   * Nouns of agents borrowed from English: « leaders », « managers », « rangers ». Not a masculine
   * for a feminine form: « ministères » is no feminine of "ministers".
   */
  private static boolean isBorrowedAgent(String word) {
    return word.endsWith("ers") && EnglishPersonNouns.isWordNetPersonPlural(word);
  }

  /** Nouns ending like a participle that name things: « traités », « arrêtés », « marchés ». */
  private static final Set<String> PARTICIPLE_LIKE_THINGS =
      set(
          "traités",
          "arrêtés",
          "marchés",
          "degrés",
          "procédés",
          "résumés",
          "comités",
          "cafés",
          "clichés",
          "prés",
          "décès");

  /**
   * Whether {@code word} is a French participle standing as a noun of persons after a count: «
   * nombre de démobilisés », « de déplacées ». Nouns of qualities end so too (activités, sociétés,
   * communautés, libertés, difficultés), and a few of things.
   */
  static boolean isParticipleNoun(String word) {
    return word.length() > 5
        && (word.endsWith("és") || word.endsWith("ées"))
        && !endsWithAny(word, "ités", "iétés", "autés", "ertés", "ultés")
        && !PARTICIPLE_LIKE_THINGS.contains(word);
  }

  /** The masculine plural of a French feminine plural of persons ("policières"), or null. */
  static String masculineOf(String word) {
    String[][] endings = {
      {"drices", "deurs"},
      {"trices", "teurs"},
      {"euses", "eurs"},
      {"ières", "iers"},
      {"ères", "ers"},
      {"ennes", "ens"},
      {"ves", "fs"},
      {"ines", "ins"},
      {"es", "s"}
    };
    for (String[] ending : endings) {
      if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 2) {
        String masculine = word.substring(0, word.length() - ending[0].length()) + ending[1];
        if (isPeopleAsWritten(masculine)
            && !CASES.contains(masculine)
            && !isBorrowedAgent(masculine)) {
          return masculine;
        }
      }
    }
    return null;
  }
}
