package org.napcheck.rules.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Words that ask for data broken down by sex or by age, or for parity between the sexes, wherever
 * they stand in a text. A pattern is tried only on a text that has one of its letter groups.
 */
final class BreakdownWords {
  private BreakdownWords() {}

  /** Fragments of which every match of {@link #PARITY} holds one. */
  private static final List<String> PARITY_CUES =
      List.of("parit", "balance", "same ", "single", "même ", "équilibre");

  private static final Pattern PARITY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(parity\\b|gender balance|gender-balanced|same gender|same sex"
              + "|single[- ]gender|single[- ]sex|parité\\b|même sexe|même genre"
              + "|équilibre entre les (sexes|femmes et les hommes))");

  /** Phrases that ask for data by sex, wherever they stand. */
  private static final Pattern SEX_BREAKDOWN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])(gender (distribution|balance|breakdown|parity|composition|ratio)"
              + "|(and|,) ?(sex|gender)(?![-\\p{L}])|(sex|gender) (and|,) ?age\\b"
              + "|(sex|gender) of\\b|by (sex|gender)\\b|(sex|gender)[- ]disaggregated"
              + "|disaggregated by (sex|gender)|disaggregated\\b(?! by age)"
              + "|(women|woman|female|girls) ?(and|/|or) ?(men|man|male|boys)\\b"
              + "|(men|man|male|boys) ?(and|/|or) ?(women|woman|female|girls)\\b"
              + "|(par|selon le) (sexe|genre)\\b|ventilée?s? par (sexe|genre)|ventilation par sexe"
              + "|(et|,) ?(sexe|genre)\\b|(sexe|genre) (et|,) ?âge|(sexe|genre) des\\b"
              + "|(femmes|filles) ?(et|/|ou) ?(d'|d’|de |des |les )?(hommes|garçons)\\b"
              + "|(hommes|garçons) ?(et|/|ou) ?(d'|d’|de |des |les )?(femmes|filles)\\b"
              + "|(composition|répartition|ventilation) (par sexe|femmes)|parité\\b"
              + "|dont (des |les |la part des |le nombre de )?femmes\\b"
              + "|(women|female|girls)( [\\p{L}-]+)? (out of|relative to|compared (to|with))"
              + " (the )?(total|all)\\b"
              + "|(femmes|filles)( [\\p{L}-]+)? (par rapport (à|au|aux)|rapportée?s? (à|au)|sur)"
              + " (l['’] ?|le |les )?"
              + "(effectifs?|nombre|total|ensemble)\\b"
              + "|(including|incl\\.|of whom|of which|among whom|among them),? (the )?"
              + "((number|share|proportion|percentage) of )?(women|female)\\b)");

  private static final Pattern AGE_BREAKDOWN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])(age|ages|aged|âge|âges|âgée?s|age groups?|tranches? d['’]âge)"
              + "(?![\\p{L}\\p{N}-])");

  /** Letters every match of {@link #SEX_BREAKDOWN} has one of: the pattern is tried only then. */
  private static final String[] SEX_WORDS = {
    "sex",
    "gender",
    "genre",
    "disaggreg",
    "ventil",
    "parit",
    "wom",
    "female",
    "girl",
    "femme",
    "fille"
  };

  private static final String[] AGE_WORDS = {"age", "âge", "âgé"};

  private static final String[] PARITY_WORDS = {
    "parit", "gender", "same", "single", "même", "équilibre"
  };

  /** An agent phrase that makes a count one sex's: "applications filed by women". */
  private static final Pattern BY_ONE_SEX =
      Pattern.compile("(?<![\\p{L}])(by|par) (des |les )?(women|girls|femmes|filles)(?![\\p{L}-])");

  /** The words of {@code text} that ask for data by sex, if it has some. */
  static Optional<String> bySex(Reading text) {
    return text.mentionsAny(SEX_WORDS) ? text.find(SEX_BREAKDOWN) : Optional.empty();
  }

  /** The words of {@code text} that ask for data by age, if it has some. */
  static Optional<String> byAge(Reading text) {
    return text.mentionsAny(AGE_WORDS) ? text.find(AGE_BREAKDOWN) : Optional.empty();
  }

  /** The words of {@code text} that make a count one sex's: "applications filed by women". */
  static Optional<String> byOneSex(Reading text) {
    return text.find(BY_ONE_SEX);
  }

  /** The words of {@code text} that ask for parity, if it has some. */
  static Optional<String> parity(Reading text) {
    return text.mentionsAny(PARITY_WORDS) ? text.find(PARITY) : Optional.empty();
  }

  /** The words of an action's {@code text}, not read into words, that ask for parity. */
  static Optional<String> parity(String text) {
    String lowerCase = text.toLowerCase(Locale.ROOT);
    // Most actions have none of the letters parity needs: no pattern is tried on them.
    for (String cue : PARITY_CUES) {
      if (lowerCase.contains(cue)) {
        return Reading.find(text, PARITY);
      }
    }
    return Optional.empty();
  }
}
