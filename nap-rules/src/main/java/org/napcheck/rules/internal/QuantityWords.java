package org.napcheck.rules.internal;

import static org.napcheck.rules.internal.Lexicon.ENGLISH;
import static org.napcheck.rules.internal.WordLists.set;
import static org.napcheck.rules.internal.WordLists.words;

import java.util.List;
import java.util.Set;
import org.napcheck.rules.internal.TextInference.Token;

/**
 * Words of quantity: the count heads after which come the people counted ("number of", « part des
 * »), shares among them, and the units of count, share or amount ("rate", "budget", « montant »).
 */
final class QuantityWords {
  private QuantityWords() {}

  /** Words after which come the people counted: "number of", "share of", "gender of". */
  private static final Set<String> COUNT_HEADS =
      set(
          "number",
          "numbers",
          "nombre",
          "share",
          "proportion",
          "percentage",
          "pourcentage",
          "percent",
          "pourcent",
          "rate",
          "taux",
          "ratio",
          "distribution",
          "répartition",
          "composition",
          "ranking",
          "total",
          "count",
          "balance",
          "équilibre",
          "list",
          "liste",
          "profile",
          "profil",
          "headcount",
          "headcounts",
          "effectif",
          "effectifs");

  /**
   * Count heads that count only where the text starts with them: « Effectif des FDS déployées »
   * counts people, « l'accès effectif des femmes » does not.
   */
  private static final Set<String> OPENING_COUNT_HEADS = set("effectif", "effectifs");

  /** Count heads that must be followed at once by "of": "gender of", "age of". */
  private static final Set<String> NEAR_COUNT_HEADS =
      set("gender", "genre", "sex", "sexe", "age", "âge", "ages", "âges", "part");

  private static final Set<String> SHARES =
      set(
          "share",
          "proportion",
          "percentage",
          "pourcentage",
          "percent",
          "pourcent",
          "rate",
          "taux",
          "ratio",
          "distribution",
          "répartition",
          "balance",
          "équilibre",
          "part",
          "rapport");

  /** Count heads that describe the make-up of a body: "composition of the committee". */
  private static final Set<String> MAKE_UP =
      set(
          "composition",
          "distribution",
          "répartition",
          "balance",
          "équilibre",
          "profile",
          "profil",
          "ratio",
          "gender",
          "genre",
          "sex",
          "sexe",
          "age",
          "âge");

  private static final Set<String> QUANTITIES = words("lexicon-quantities.txt");

  private static final Set<String> FRENCH_OF = set("de", "des", "du", "d'");

  /** Words that make "distribution" a share: "gender distribution", "distribution among". */
  private static final Set<String> DISTRIBUTED =
      set("gender", "sex", "among", "amongst", "by", "par", "parmi", "entre", "genre", "sexe");

  private static final Set<String> FINANCIAL =
      set("financial", "financier", "financière", "financiers", "financières");

  /** Bodies that "financial" can qualify: « institutions financières », "financial agencies". */
  private static final Set<String> INSTITUTIONS =
      set(
          "institutions",
          "institution",
          "organisations",
          "organizations",
          "organismes",
          "agences",
          "agencies",
          "banques",
          "banks",
          "établissements",
          "partenaires",
          "partners",
          "bailleurs",
          "donors");

  static boolean isCountHead(String word) {
    return COUNT_HEADS.contains(word) || NEAR_COUNT_HEADS.contains(word);
  }

  static boolean countsOnlyAtStart(String countHead) {
    return OPENING_COUNT_HEADS.contains(countHead);
  }

  static boolean isShare(String word) {
    return SHARES.contains(word);
  }

  static boolean isMakeUp(String countHead) {
    return countHead != null && MAKE_UP.contains(countHead);
  }

  /** Where the people counted by the count head at {@code at} start, or -1. */
  static int governed(Lexicon lexicon, List<Token> tokens, int at) {
    String head = tokens.get(at).word();
    if (head.equals("part") && lexicon == ENGLISH) {
      return -1;
    }
    int reach = NEAR_COUNT_HEADS.contains(head) ? 1 : 3;
    for (int i = at + 1; i < tokens.size() && i <= at + reach; i++) {
      String word = tokens.get(i).word();
      if (FunctionWords.isOfOrAmong(word)) {
        return FunctionWords.skipDeterminers(tokens, i + 1);
      }
      if (word.length() == 1 && !word.equals(",") && !Character.isLetter(word.charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  /** "financial", « financier »: an amount, unless they qualify people ("financial partners"). */
  static boolean isFinancial(String word) {
    return FINANCIAL.contains(word);
  }

  static boolean isInstitution(String word) {
    return INSTITUTIONS.contains(word) || PersonNouns.isCollective(word);
  }

  /** Whether {@code word}, between {@code previous} and {@code next}, names a quantity. */
  static boolean isQuantity(Lexicon lexicon, String word, String previous, String next) {
    if (QUANTITIES.contains(word)) {
      return true;
    }
    return switch (word) {
      case "distribution", "répartition" ->
          DISTRIBUTED.contains(previous) || DISTRIBUTED.contains(next);
      case "balance", "équilibre" -> previous.equals("gender") || next.equals("entre");
      case "part" -> lexicon != ENGLISH && FRENCH_OF.contains(next);
      case "rapport" -> lexicon != ENGLISH && next.equals("entre");
      case "moyen" -> previous.equals("âge");
      case "effectif", "effectifs" ->
          lexicon != ENGLISH && (previous.isEmpty() || previous.equals("l'")) && !next.isEmpty();
      default -> false;
    };
  }
}
