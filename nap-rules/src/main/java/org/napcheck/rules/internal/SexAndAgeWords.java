package org.napcheck.rules.internal;

import static org.napcheck.rules.internal.Lexicon.ENGLISH;
import static org.napcheck.rules.internal.Lexicon.FRENCH;
import static org.napcheck.rules.internal.WordLists.set;

import java.util.List;
import java.util.Set;
import org.napcheck.rules.internal.TextInference.Token;

/** Words that name one sex ("women", « policières », "widows") or young people ("youth"). */
final class SexAndAgeWords {
  private SexAndAgeWords() {}

  enum Sex {
    FEMALE,
    MALE
  }

  private static final Set<String> FEMALE_WORDS =
      set(
          "women",
          "woman",
          "female",
          "females",
          "girls",
          "girl",
          "femmes",
          "femme",
          "filles",
          "fille",
          "féminines",
          "féminins",
          "féminin",
          "féminine",
          "sages-femmes");
  private static final Set<String> MALE_WORDS =
      set(
          "men",
          "man",
          "male",
          "males",
          "boys",
          "boy",
          "hommes",
          "homme",
          "garçons",
          "garçon",
          "masculins");

  /** French feminine nouns of persons of either sex: the words agreeing with them name no sex. */
  private static final Set<String> EPICENE_FR =
      set(
          "personnes",
          "personne",
          "victimes",
          "victime",
          "recrues",
          "recrue",
          "sentinelles",
          "vedettes",
          "figures",
          "personnalités",
          "personnalité",
          "populations",
          "population");

  private static final Set<String> YOUNG =
      set(
          "youth",
          "youths",
          "adolescents",
          "adolescent",
          "adolescentes",
          "adolescente",
          "teenagers",
          "youngsters",
          "jeunes",
          "jeune",
          "jeunesse");

  /** The sex {@code word} names in the language of {@code lexicon}, or null for none. */
  static Sex sexOf(Lexicon lexicon, String word) {
    if (FEMALE_WORDS.contains(word)) {
      return Sex.FEMALE;
    }
    int hyphen = word.indexOf('-');
    if (lexicon != ENGLISH && hyphen > 0 && FrenchPersonNouns.isPeople(word)) {
      // « agentes-relais »: the sex is the first noun's; « ex-combattantes »: after a prefix, the
      // noun's; « gardes-frontières »: a noun of things after the noun of persons names no sex
      return sexOf(lexicon, FrenchPersonNouns.compoundHead(word, hyphen));
    }
    if (lexicon != FRENCH
        && word.length() > 6
        && (word.endsWith("women") || word.endsWith("woman"))) {
      // policewomen, servicewomen, chairwoman
      return Sex.FEMALE;
    }
    if (lexicon != FRENCH && EnglishPersonNouns.isWordNetFemalePlural(word)) {
      // widows, wives, nuns
      return Sex.FEMALE;
    }
    if (MALE_WORDS.contains(word)) {
      return Sex.MALE;
    }
    if (lexicon != ENGLISH
        && !FrenchPersonNouns.PEOPLE.contains(word)
        && FrenchPersonNouns.masculineOf(word) != null) {
      return Sex.FEMALE;
    }
    return null;
  }

  static boolean isEpicene(String word) {
    return EPICENE_FR.contains(word);
  }

  /** Whether {@code token} starts words naming young people: "youth", "young women", "jeunes". */
  static boolean isYoung(Lexicon lexicon, List<Token> tokens, Token token) {
    if (YOUNG.contains(token.word())) {
      return true;
    }
    int at = tokens.indexOf(token);
    return token.word().equals("young")
        && at + 1 < tokens.size()
        && PersonNouns.isPeople(lexicon, tokens.get(at + 1).word());
  }

  static Token youngEnd(List<Token> tokens, Token token) {
    int at = tokens.indexOf(token);
    return token.word().equals("young") ? tokens.get(at + 1) : token;
  }
}
