package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.napcheck.rules.internal.TextInference.Counted;
import org.napcheck.rules.internal.TextInference.Phrase;
import org.napcheck.rules.internal.TextInference.Token;
import org.napcheck.rules.internal.TextInference.WordTool;

/** A text as words, read with the lexicon of its language. */
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
    this.tokens = List.copyOf(Lexicon.joinCompounds(tokenize(lowerCase)));
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

  static Reading of(String text, Lexicon lexicon, WordTool tool) {
    return new Reading(text, lexicon, tool);
  }

  private boolean isPeople(String word) {
    Boolean said = tool.person(word, french);
    return said != null ? said : lexicon.isPeople(word);
  }

  private boolean isGeneric(String word) {
    Boolean said = tool.generic(word, french);
    return said != null ? said : lexicon.isGeneric(word);
  }

  private List<Phrase> phrases(int start) {
    return lexicon.phrases(tokens, start, tags);
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

  private String span(int start, int end) {
    return lowerCase.length() == original.length()
        ? original.substring(start, end)
        : lowerCase.substring(start, end);
  }

  /** The words from one token to another, in either order (a French head comes first). */
  private String span(Token one, Token other) {
    return span(Math.min(one.start(), other.start()), Math.max(one.end(), other.end()));
  }

  /** The words of quantity: a count, a share, an amount; the first found. */
  Optional<String> quantity() {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String next = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
      String previous = i > 0 ? tokens.get(i - 1).word() : "";
      if (lexicon.isQuantity(token.word(), previous, next)
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
    if (!lexicon.isFinancial(tokens.get(at).word())) {
      return false;
    }
    for (int i = Math.max(0, at - 3); i < tokens.size() && i <= at + 1; i++) {
      String word = tokens.get(i).word();
      if (i != at && (isPeople(word) || lexicon.isInstitution(word))) {
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
        List<Phrase> objects = phrases(lexicon.skipDeterminers(tokens, i + 1));
        return !objects.isEmpty() && isGeneric(objects.get(0).head().word());
      }
    }
    return false;
  }

  /** The people this text counts or describes, if it does. */
  Optional<Counted> countedPeople() {
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (!lexicon.isCountHead(word)
          || lexicon.countsOnlyAtStart(word) && i != lexicon.skipDeterminers(tokens, 0)) {
        continue;
      }
      int after = lexicon.governed(tokens, i);
      if (after < 0) {
        continue;
      }
      Optional<Counted> counted = people(i, after, lexicon.isShare(word), word);
      if (counted.isPresent()) {
        return counted;
      }
    }
    // a bare plural at the start: "Police officers trained", "cases reported"; in English the
    // last of joined phrases is the head ("Youth, Peace and Security roadmap" is a roadmap)
    int start = lexicon.skipDeterminers(tokens, 0);
    List<Phrase> first = phrases(start);
    if (!first.isEmpty()) {
      String head = (french ? first.get(0) : first.get(first.size() - 1)).head().word();
      if (isPeople(head) && lexicon.isPlural(head) && !lexicon.isCollective(head)) {
        return people(start, start, false, null);
      }
    }
    return Optional.empty();
  }

  /** "young" before the head of a phrase of people: "young female peacebuilders". */
  private boolean isYoungBefore(Token token, Phrase phrase) {
    return token.word().equals("young") && token != phrase.head();
  }

  private Optional<Counted> people(int quantityAt, int phraseAt, boolean share, String countHead) {
    List<Phrase> phrases = phrases(phraseAt);
    boolean caseNoun = false;
    if (!phrases.isEmpty() && isActOnPeople(phrases.get(0).head().word(), share)) {
      // "referrals of survivors", « référencements de victimes », « taux de traitement des
      // plaintes »: acts done to people, counted as cases are
      int end = tokens.indexOf(phrases.get(0).tokens().get(phrases.get(0).tokens().size() - 1));
      int of = ofAfterModifiers(end + 1);
      if (of >= 0) {
        List<Phrase> objects = phrases(lexicon.skipDeterminers(tokens, of + 1));
        if (!objects.isEmpty()
            && isPeople(objects.get(0).head().word())
            && !lexicon.isCollective(objects.get(0).head().word())) {
          phrases = objects;
          caseNoun = true;
        }
      }
    }
    Phrase peoplePhrase = null;
    String sexWords = null;
    boolean female = false;
    boolean otherPeople = false;
    boolean male = false;
    String young = null;
    for (Phrase phrase : phrases) {
      String headWord = phrase.head().word();
      boolean participle =
          phrase == phrases.get(0)
              && phrase.tokens().get(0) == phrase.head()
              && lexicon.isPeopleParticiple(headWord);
      if (!isPeople(headWord) && !participle
          || lexicon.isCollective(headWord) && !lexicon.isMakeUp(countHead)) {
        // "number of committees" counts bodies; "composition of the committee", its people
        continue;
      }
      // « personnes déplacées », « victimes survivantes »: a feminine noun of either sex makes
      // the words after it feminine, naming no sex
      boolean agreement = french && lexicon.isEpicene(headWord);
      boolean phraseFemale = false;
      for (Token token : phrase.tokens()) {
        Lexicon.Sex sex = agreement && token != phrase.head() ? null : lexicon.sexOf(token.word());
        if (sex == Lexicon.Sex.FEMALE) {
          phraseFemale = true;
        }
        if (sex == Lexicon.Sex.MALE) {
          male = true;
        }
        if (sex != null && sexWords == null) {
          sexWords = span(token, phrase.head());
        }
        if (young == null && lexicon.isYoung(tokens, token)) {
          young = span(token, lexicon.youngEnd(tokens, token));
        } else if (young == null && isYoungBefore(token, phrase)) {
          young = span(token, phrase.head());
        }
      }
      female |= phraseFemale;
      otherPeople |= !phraseFemale && lexicon.sexOf(phrase.head().word()) == null;
      if (peoplePhrase == null) {
        peoplePhrase = phrase;
      }
    }
    if (peoplePhrase == null) {
      return Optional.empty();
    }
    if (!female && !male && countHead != null) {
      // « effectif féminin des casques bleus »: the sex named between the count and the people
      for (int i = quantityAt + 1; i < phraseAt; i++) {
        if (lexicon.sexOf(tokens.get(i).word()) == Lexicon.Sex.FEMALE) {
          female = true;
          otherPeople = false;
          sexWords = sexWords == null ? span(tokens.get(i), tokens.get(i)) : sexWords;
          break;
        }
      }
    }
    boolean shareAmongYoung = false;
    if (young == null && share) {
      // "share of women among young peacebuilders": the young are the whole the share is of
      young = youngAmong(peoplePhrase);
      shareAmongYoung = young != null;
    }
    if (!female && !male && french) {
      // « commissaires de police femmes », « officiers femmes »: women named after the noun
      Token women = womenAfter(peoplePhrase);
      if (women != null) {
        female = true;
        otherPeople = false;
        sexWords = sexWords == null ? span(peoplePhrase.head(), women) : sexWords;
      }
    }
    if (young == null && !phrases.isEmpty()) {
      // "young male and female mentors": "young" opens the joined phrases
      Token opening = phrases.get(0).tokens().get(0);
      if (opening.word().equals("young")) {
        young = span(opening, peoplePhrase.head());
      }
    }
    if (share && sexWords == null) {
      // "percentage of officers who are women": the share is one sex's wherever it is named
      for (Token token : tokens) {
        if (lexicon.sexOf(token.word()) != null) {
          sexWords = span(token, token);
          break;
        }
      }
    }
    boolean bothSexes = female && (male || otherPeople && phrases.size() > 1);
    if (share && young != null && describesWithin(peoplePhrase)) {
      // "Proportion of young people who say they trust the police": a rate among young people,
      // not their share of a whole
      share = false;
    }
    Token first = tokens.get(Math.min(quantityAt, phraseAt));
    return Optional.of(
        new Counted(
            span(first, peoplePhrase.head()),
            share,
            Optional.ofNullable(sexWords),
            bothSexes,
            young,
            caseNoun || lexicon.isCase(peoplePhrase.head().word()),
            shareAmongYoung));
  }

  /** An act done to people; with a rate, in the singular too: « taux de prise en charge ». */
  private boolean isActOnPeople(String word, boolean share) {
    return lexicon.isActOnPeople(word)
        || share && !word.endsWith("s") && lexicon.isActOnPeople(word + "s");
  }

  /**
   * Where "of" comes after an act, past up to two words that qualify it (« réinsertions
   * socio-économiques d'ex-combattants »), or -1.
   */
  private int ofAfterModifiers(int from) {
    for (int i = from; i < tokens.size() && i <= from + 2; i++) {
      String word = tokens.get(i).word();
      if (lexicon.isOf(word)) {
        return i;
      }
      if (!Character.isLetter(word.charAt(0)) || lexicon.isLinkWord(word)) {
        return -1;
      }
    }
    return -1;
  }

  /** The young words of "among young peacebuilders", « parmi les jeunes », after the phrase. */
  private String youngAmong(Phrase phrase) {
    int end = tokens.indexOf(phrase.tokens().get(phrase.tokens().size() - 1)) + 1;
    for (int i = end; i < tokens.size() && i <= end + 3; i++) {
      String word = tokens.get(i).word();
      if (word.equals("among") || word.equals("amongst") || word.equals("parmi")) {
        int at = lexicon.skipDeterminers(tokens, i + 1);
        if (at < tokens.size() && lexicon.isYoung(tokens, tokens.get(at))) {
          return span(tokens.get(at), lexicon.youngEnd(tokens, tokens.get(at)));
        }
        return null;
      }
    }
    return null;
  }

  /**
   * « femmes » standing after a French noun of persons, not governed by a preposition: «
   * commissaires de police femmes »; null when there is none.
   */
  private Token womenAfter(Phrase phrase) {
    int head = tokens.indexOf(phrase.head());
    for (int i = head + 1; i < tokens.size() && i <= head + 4; i++) {
      String word = tokens.get(i).word();
      String previous = tokens.get(i - 1).word();
      if (word.equals("femmes") || word.equals("femme")) {
        return lexicon.isLinkWord(previous) ? null : tokens.get(i);
      }
      if (!Character.isLetter(word.charAt(0))
          || lexicon.isRelative(word)
          || lexicon.isParticipleAfter(word, previous, "")) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether what follows a phrase of people says something of them ("who say", "qui", « déclarant
   * ») rather than where they stand among others ("among participants", « parmi »).
   */
  private boolean describesWithin(Phrase phrase) {
    int end = tokens.indexOf(phrase.tokens().get(phrase.tokens().size() - 1)) + 1;
    if (end >= tokens.size()) {
      return false;
    }
    String next = tokens.get(end).word();
    return lexicon.isRelative(next)
        || lexicon.isParticipleAfter(
            next, phrase.head().word(), end + 1 < tokens.size() ? tokens.get(end + 1).word() : "");
  }

  /**
   * The generic words, when the things this text delivers are only generic work ("Actions taken",
   * "support for initiatives"); empty when it names something concrete.
   */
  Optional<String> onlyGenericWork() {
    Token change = lexicon.change(tokens);
    if (change != null) {
      return Optional.of(span(change, change));
    }
    // "Statements made; support for relevant resolutions": each item on its own
    String generic = null;
    int start = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i == tokens.size() || tokens.get(i).word().equals(";")) {
        if (i > start) {
          Optional<String> item = onlyGenericWork(lexicon.skipDeterminers(tokens, start));
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
      if (lexicon.isProcess(head) || lexicon.isKind(head)) {
        Optional<Boolean> object = objectConcrete(phrase);
        if (object.isPresent()) {
          if (object.get()) {
            return Optional.empty();
          }
          pendingProcess = false;
        } else {
          pendingProcess = !lexicon.isGenericProcess(head);
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
    return lexicon.isDefiniteArticle(before) && !lexicon.isPlural(phrase.head().word());
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
    if (at >= tokens.size() || !lexicon.isObjectPreposition(tokens.get(at).word())) {
      return Optional.empty();
    }
    List<Phrase> objects = phrases(lexicon.skipDeterminers(tokens, at + 1));
    if (objects.isEmpty()) {
      return Optional.empty();
    }
    for (Phrase object : objects) {
      String head = object.head().word();
      if (lexicon.isProcess(head) || lexicon.isKind(head)) {
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
