package org.napcheck.rules.internal;

import static org.napcheck.rules.internal.WordLists.set;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napcheck.rules.internal.TextInference.Token;

/**
 * A text as words: split once, left to right, with no pattern, then the words of several tokens
 * that are one word here ("casques bleus", "mise en œuvre") joined.
 */
final class Tokenizer {
  private Tokenizer() {}

  private static final Map<String, String> PAIRS =
      Map.of(
          "casques bleus", "casques-bleus",
          "anciens combattants", "anciens-combattants",
          "focal points", "focal-points",
          "points focaux", "points-focaux",
          "per cent", "percent",
          "pour cent", "pourcent",
          "case files", "case-files",
          "case records", "case-records");

  private static final Set<String> PAIR_STARTS =
      set("casques", "anciens", "focal", "points", "per", "pour", "case");

  /**
   * The words of a lower-case text, read once, left to right, with no pattern: an elision (d', l',
   * qu') apart, letters and digits joined by hyphens or apostrophes as one word, and the
   * punctuation that ends phrases ({@code , ; : ( ) / .}) and {@code %} as words of their own.
   */
  static List<Token> tokenize(String text) {
    var found = new ArrayList<Token>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        int elision = elisionEnd(text, i);
        if (elision > 0) {
          found.add(new Token(text.substring(i, elision - 1) + "'", i, elision));
          i = elision;
          continue;
        }
        int end = i + 1;
        while (true) {
          while (end < length && isWordChar(text.charAt(end))) {
            end++;
          }
          if (end + 1 < length && isJoiner(text.charAt(end)) && isWordChar(text.charAt(end + 1))) {
            end += 2;
            continue;
          }
          break;
        }
        String word = text.substring(i, end);
        String count = countAbbreviation(text, word, end);
        if (count != null) {
          // "No. of", « Nbre de »: the word they abbreviate, and the full stop is theirs
          end += end < length && text.charAt(end) == '.' ? 1 : 0;
          found.add(new Token(count, i, end));
        } else {
          found.add(new Token(word.indexOf('’') >= 0 ? word.replace('’', '\'') : word, i, end));
        }
        i = end;
      } else {
        if (c == '#') {
          found.add(new Token("number", i, i + 1));
        } else if (c == '%' || ",;:()/.".indexOf(c) >= 0) {
          found.add(new Token(String.valueOf(c), i, i + 1));
        }
        i++;
      }
    }
    return found;
  }

  /**
   * "number" for "No." before "of", « nombre » for « Nbre », « Nb », « Nbr »; null for any other
   * word.
   */
  private static String countAbbreviation(String text, String word, int end) {
    return switch (word) {
      case "no", "nos" -> text.startsWith(". of ", end) ? "number" : null;
      case "nbre", "nbr", "nb" -> "nombre";
      default -> null;
    };
  }

  /**
   * A letter or a number, {@code [\p{L}\p{N}]} as the regular expressions read it: digits, and
   * superscripts such as ¹. Also for the recurring words of actions, read by code point.
   */
  static boolean isWordChar(int c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '’';
  }

  /** The end of an elision (d', l', qu') starting at {@code at} and followed by a letter, or 0. */
  private static int elisionEnd(String text, int at) {
    char c = text.charAt(at);
    int apostrophe;
    if (c == 'q' && at + 1 < text.length() && text.charAt(at + 1) == 'u') {
      apostrophe = at + 2;
    } else if ("dlcjmnst".indexOf(c) >= 0) {
      apostrophe = at + 1;
    } else {
      return 0;
    }
    if (apostrophe + 1 < text.length()
        && (text.charAt(apostrophe) == '\'' || text.charAt(apostrophe) == '’')
        && Character.isLetter(text.charAt(apostrophe + 1))) {
      return apostrophe + 1;
    }
    return 0;
  }

  /** Words of several tokens that are one word here: "casques bleus", "mise en œuvre". */
  static List<Token> joinCompounds(List<Token> tokens) {
    var joined = new ArrayList<Token>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String word = token.word();
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
      String after = i + 2 < tokens.size() ? tokens.get(i + 2).word() : "";
      String pair = PAIR_STARTS.contains(word) ? PAIRS.get(word + " " + next) : null;
      if (pair != null) {
        joined.add(new Token(pair, token.start(), tokens.get(i + 1).end()));
        i++;
      } else if ((word.equals("mise") || word.equals("mises") || word.equals("mis"))
          && next.equals("en")
          && (after.equals("œuvre") || after.equals("oeuvre") || after.equals("place"))) {
        String compound = after.equals("place") ? "mise-en-place" : "mise-en-œuvre";
        joined.add(new Token(compound, token.start(), tokens.get(i + 2).end()));
        i += 2;
      } else if ((word.equals("prise") || word.equals("prises"))
          && next.equals("en")
          && after.equals("charge")) {
        joined.add(new Token(word + "-en-charge", token.start(), tokens.get(i + 2).end()));
        i += 2;
      } else if ((word.equals("mise") || word.equals("mises"))
          && next.equals("à")
          && after.equals("l'")
          && i + 3 < tokens.size()
          && tokens.get(i + 3).word().equals("abri")) {
        joined.add(new Token(word + "-à-l'abri", token.start(), tokens.get(i + 3).end()));
        i += 3;
      } else if (word.equals("mise") && next.equals("à") && after.equals("jour")) {
        joined.add(new Token("mise-à-jour", token.start(), tokens.get(i + 2).end()));
        i += 2;
      } else {
        joined.add(token);
      }
    }
    return joined;
  }
}
