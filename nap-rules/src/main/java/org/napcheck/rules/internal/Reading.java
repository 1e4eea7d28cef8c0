package org.napcheck.rules.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.napcheck.rules.internal.TextInference.Phrase;
import org.napcheck.rules.internal.TextInference.Token;
import org.napcheck.rules.internal.TextInference.WordTool;

/**
 * A text as words, read with the lexicon of its language: its words of quantity and whether it
 * names only generic work here, the people it counts in {@link CountedPeople}.
 */
final class Reading {

  private final String original;
  private final String lowerCase;
  private final List<Token> tokens;
  private final Lexicon lexicon;
  private final WordTool tool;
  private final boolean french;
  private String[] tags;

  private Reading(String original, Lexicon lexicon, WordTool tool) {
    this.original = original;
    this.lowerCase = original.toLowerCase(Locale.ROOT);
    this.tokens = List.copyOf(Tokenizer.joinCompounds(Tokenizer.tokenize(lowerCase)));
    this.lexicon = lexicon.of(tokens);
    this.tool = tool;
    this.french = this.lexicon == Lexicon.FRENCH;
    if (tool != WordTool.NONE) {
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = span(tokens.get(i).start(), tokens.get(i).end());
      }
      this.tags = tool.tags(words, french);
    }
  }

  static Reading of(String text, Lexicon lexicon) {
    return new Reading(text, lexicon, WordTool.NONE);
  }

  static Reading of(String text, Lexicon lexicon, WordTool tool) {
    return new Reading(text, lexicon, tool);
  }

  List<Token> tokens() {
    return tokens;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /** Whether {@code word} names people: as the word tool says, else as the lexicon does. */
  boolean isPeople(String word) {
    Boolean said = tool.person(word, french);
    return said != null ? said : PersonNouns.isPeople(lexicon, word);
  }

  private boolean isGeneric(String word) {
    Boolean said = tool.generic(word, french);
    return said != null ? said : WorkWords.isGeneric(word);
  }

  List<Phrase> phrases(int start) {
    return NounPhrases.phrases(lexicon, tokens, start, tags);
  }

  /** Whether the text has one of {@code parts} anywhere: a cheap test before a pattern. */
  boolean mentionsAny(String[] parts) {
    for (String part : parts) {
      if (lowerCase.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first words {@code pattern} finds, as the text writes them. Lower-casing keeps the length
   * of nearly every text; where it does not ("İ" becomes two characters), the words are given in
   * lower case.
   */
  Optional<String> find(Pattern pattern) {
    Matcher matcher = pattern.matcher(lowerCase);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(span(matcher.start(), matcher.end()));
  }

  /** The words from {@code start} to {@code end} of the lower case, as the text writes them. */
  String span(int start, int end) {
    return asWritten(original, lowerCase, start, end);
  }

  /** The words from one token to another, in either order (a French head comes first). */
  String span(Token one, Token other) {
    return span(Math.min(one.start(), other.start()), Math.max(one.end(), other.end()));
  }

  /**
   * The first words {@code pattern} finds in the lower case of {@code text}, as the text writes
   * them: for patterns that need no reading of the words, only their letters.
   */
  static Optional<String> find(String text, Pattern pattern) {
    String lowerCase = text.toLowerCase(Locale.ROOT);
    Matcher matcher = pattern.matcher(lowerCase);
    return matcher.find()
        ? Optional.of(asWritten(text, lowerCase, matcher.start(), matcher.end()))
        : Optional.empty();
  }

  /**
   * The words from {@code start} to {@code end} of {@code lowerCase}, as {@code text} writes them.
   */
  static String asWritten(String text, String lowerCase, int start, int end) {
    return lowerCase.length() == text.length()
        ? text.substring(start, end)
        : lowerCase.substring(start, end);
  }

  /** The words of quantity: a count, a share, an amount; the first found. */
  Optional<String> quantity() {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
      String previous = i > 0 ? tokens.get(i - 1).word() : "";
      if (QuantityWords.isQuantity(lexicon, token.word(), previous, next)
          && !contributionToWork(i)
          && !financialPeople(i)) {
        return Optional.of(span(token, token));
      }
    }
    return Optional.empty();
  }

  /**
   * "financial partners", « partenaires techniques et financiers », « institutions financières »:
   * people or bodies that give money, not an amount.
   */
  private boolean financialPeople(int at) {
    if (!QuantityWords.isFinancial(tokens.get(at).word())) {
      return false;
    }
    for (int i = Math.max(0, at - 3); i < tokens.size() && i <= at + 1; i++) {
      String word = tokens.get(i).word();
      if (i != at && (isPeople(word) || QuantityWords.isInstitution(word))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Ireland's contribution to international advocacy": a contribution to work in general is work,
   * not an amount; "Contribution to projects", "contribution to the Trust Fund" are.
   */
  private boolean contributionToWork(int at) {
    if (!tokens.get(at).word().equals("contribution")) {
      return false;
    }
    for (int i = at + 1; i < tokens.size() && i <= at + 4; i++) {
      String word = tokens.get(i).word();
      if (word.equals("to") || word.equals("à") || word.equals("au") || word.equals("aux")) {
        List<Phrase> objects = phrases(FunctionWords.skipDeterminers(tokens, i + 1));
        return !objects.isEmpty() && isGeneric(objects.get(0).head().word());
      }
    }
    return false;
  }

  /**
   * The generic words, when the things this text delivers are only generic work ("Actions taken",
   * "support for initiatives"); empty when it names something concrete.
   */
  Optional<String> onlyGenericWork() {
    Token change = WorkWords.change(tokens);
    if (change != null) {
      return Optional.of(span(change, change));
    }
    // "Statements made; support for relevant resolutions": each item on its own
    String generic = null;
    int start = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i == tokens.size() || tokens.get(i).word().equals(";")) {
        if (i > start) {
          Optional<String> item = onlyGenericWork(FunctionWords.skipDeterminers(tokens, start));
          if (item.isEmpty()) {
            return Optional.empty();
          }
          generic = generic == null ? item.get() : generic;
        }
        start = i + 1;
      }
    }
    return Optional.ofNullable(generic);
  }

  private Optional<String> onlyGenericWork(int start) {
    List<Phrase> phrases = phrases(start);
    if (phrases.isEmpty()) {
      return Optional.empty();
    }
    boolean pendingProcess = false;
    for (Phrase phrase : phrases) {
      String head = phrase.head().word();
      if (WorkWords.isProcess(head) || WorkWords.isKind(head)) {
        Optional<Boolean> object = objectConcrete(phrase);
        if (object.isPresent()) {
          if (object.get()) {
            return Optional.empty();
          }
          pendingProcess = false;
        } else {
          pendingProcess = !WorkWords.isGenericProcess(head);
        }
        continue;
      }
      if (!isGeneric(head) || isSpecific(phrase)) {
        return Optional.empty();
      }
      pendingProcess = false;
    }
    if (pendingProcess) {
      return Optional.empty();
    }
    Phrase first = phrases.get(0);
    Phrase last = phrases.get(phrases.size() - 1);
    return Optional.of(span(first.tokens().get(0), last.head()));
  }

  /** "the joint statement": one particular statement, not statements in general. */
  private boolean isSpecific(Phrase phrase) {
    int at = tokens.indexOf(phrase.tokens().get(0));
    String before = at > 0 ? tokens.get(at - 1).word() : "";
    return FunctionWords.isDefiniteArticle(before)
        && !NounPhrases.isPlural(lexicon, phrase.head().word());
  }

  /**
   * Whether what a process or kind noun governs ("adoption <u>of the law</u>", "type <u>of
   * initiatives</u>") is concrete; empty when it governs nothing.
   */
  private Optional<Boolean> objectConcrete(Phrase phrase) {
    int at = tokens.indexOf(phrase.head()) + 1;
    if (phrase.head().word().equals("contribution")) {
      // "Contribution du Canada au plaidoyer": what is contributed to, not who contributes
      for (int i = at; i < tokens.size() && i <= at + 4; i++) {
        String word = tokens.get(i).word();
        if (word.equals("to") || word.equals("à") || word.equals("au") || word.equals("aux")) {
          at = i;
          break;
        }
      }
    }
    if (at >= tokens.size() || !FunctionWords.isObjectPreposition(tokens.get(at).word())) {
      return Optional.empty();
    }
    List<Phrase> objects = phrases(FunctionWords.skipDeterminers(tokens, at + 1));
    if (objects.isEmpty()) {
      return Optional.empty();
    }
    for (Phrase object : objects) {
      String head = object.head().word();
      if (WorkWords.isProcess(head) || WorkWords.isKind(head)) {
        Optional<Boolean> deeper = objectConcrete(object);
        if (deeper.orElse(false)) {
          return Optional.of(true);
        }
      } else if (!isGeneric(head) || isSpecific(object)) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }
}
