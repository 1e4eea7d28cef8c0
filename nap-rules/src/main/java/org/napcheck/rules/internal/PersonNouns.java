package org.napcheck.rules.internal;

import static org.napcheck.rules.internal.Lexicon.ENGLISH;
import static org.napcheck.rules.internal.Lexicon.FRENCH;
import static org.napcheck.rules.internal.WordLists.endsWithAny;
import static org.napcheck.rules.internal.WordLists.set;
import static org.napcheck.rules.internal.WordLists.words;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that name people, in either language: nouns of persons ({@link EnglishPersonNouns}, {@link
 * FrenchPersonNouns}), bodies of people, cases, and acts done to people.
 */
final class PersonNouns {
  private PersonNouns() {}

  /** Bodies of people: their composition describes people. */
  private static final Set<String> COLLECTIVE =
      set(
          "delegation",
          "delegations",
          "committee",
          "committees",
          "team",
          "teams",
          "panel",
          "panels",
          "board",
          "boards",
          "workforce",
          "délégation",
          "délégations",
          "comité",
          "comités",
          "équipe",
          "équipes",
          "jury",
          "jurys",
          "panels",
          "group",
          "groups",
          "groupe",
          "groupes",
          "cellule",
          "cellules",
          "commission",
          "commissions",
          "council",
          "councils",
          "conseil",
          "conseils",
          "unit",
          "units",
          "unité",
          "unités",
          "bureau",
          "bureaux",
          "parliament",
          "parlement",
          "government",
          "gouvernement",
          "assembly",
          "assemblée");

  /** Whether {@code word} names people in the language of {@code lexicon}, or a body of people. */
  static boolean isPeople(Lexicon lexicon, String word) {
    if (lexicon != FRENCH && EnglishPersonNouns.isPeople(word)) {
      return true;
    }
    if (lexicon != ENGLISH && FrenchPersonNouns.isPeople(word)) {
      return true;
    }
    return COLLECTIVE.contains(word);
  }

  /** The class of nouns of persons and of cases of a language, without the endings. */
  static Set<String> personClass(boolean french) {
    var words = new HashSet<>(french ? FrenchPersonNouns.PEOPLE : EnglishPersonNouns.PEOPLE);
    words.addAll(french ? FrenchPersonNouns.CASES : EnglishPersonNouns.CASES);
    words.addAll(COLLECTIVE);
    return words;
  }

  static boolean isCollective(String word) {
    return COLLECTIVE.contains(word);
  }

  static boolean isCase(Lexicon lexicon, String word) {
    return (lexicon != FRENCH && EnglishPersonNouns.CASES.contains(word))
        || (lexicon != ENGLISH && FrenchPersonNouns.CASES.contains(word));
  }

  /** A French participle standing as a noun of persons after a count: « nombre de démobilisés ». */
  static boolean isPeopleParticiple(Lexicon lexicon, String word) {
    return lexicon != ENGLISH && FrenchPersonNouns.isParticipleNoun(word);
  }

  /**
   * Nouns of acts done to someone, by their ending (referrals, evacuations, « référencements », «
   * orientations »): counted with "of" and people ("number of evacuations of civilians"), they
   * count people as cases do. Bodies that end so (organisations, associations) are not acts.
   */
  static boolean isActOnPeople(Lexicon lexicon, String word) {
    return ACTS_ON_PEOPLE.contains(word)
        || word.length() > 6
            && endsWithAny(word, "ments", "tions", "ssions", "rals", "ages", "ures")
            && !BODIES.contains(word)
            && !isPeople(lexicon, word);
  }

  /**
   * Acts done to someone that do not end so: "interviews of survivors", « prises en charge de
   * victimes » (joined into one word by {@link Tokenizer#joinCompounds}).
   */
  private static final Set<String> ACTS_ON_PEOPLE =
      set(
          "interviews",
          "hearings",
          "arrests",
          "rescues",
          "releases",
          "returns",
          "transfers",
          "prise-en-charge",
          "prises-en-charge",
          "mise-à-l'abri",
          "mises-à-l'abri");

  private static final Set<String> BODIES = words("lexicon-bodies.txt");
}
