package org.napcheck.rules.internal;

import static org.napcheck.rules.internal.Lexicon.FRENCH;

import java.util.List;
import java.util.Optional;
import org.napcheck.rules.internal.SexAndAgeWords.Sex;
import org.napcheck.rules.internal.TextInference.Counted;
import org.napcheck.rules.internal.TextInference.Phrase;
import org.napcheck.rules.internal.TextInference.Token;

/**
 * The people a text counts, read from the phrase of people after its count ("number of female
 * police officers", « part des femmes parmi les jeunes ») or from a bare plural at its start
 * ("Police officers trained"), with the words around that phrase: one sex named apart from it, the
 * young among whom a share is, what is said of the people counted. One reading a count.
 */
final class CountedPeople {
  private final Reading text;
  private final List<Token> tokens;
  private final Lexicon lexicon;
  private final int quantityAt;
  private final int phraseAt;
  private final boolean share;
  private final String countHead;

  private List<Phrase> phrases;
  private boolean caseNoun;

  /** The first phrase of people, null until one is read. */
  private Phrase people;

  private String sexWords;
  private boolean female;
  private boolean male;
  private boolean otherPeople;
  private String young;
  private boolean shareAmongYoung;

  private CountedPeople(
      Reading text, int quantityAt, int phraseAt, boolean share, String countHead) {
    this.text = text;
    this.tokens = text.tokens();
    this.lexicon = text.lexicon();
    this.quantityAt = quantityAt;
    this.phraseAt = phraseAt;
    this.share = share;
    this.countHead = countHead;
  }

  /** The people {@code text} counts or describes, if it does. */
  static Optional<Counted> in(Reading text) {
    List<Token> tokens = text.tokens();
    Lexicon lexicon = text.lexicon();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (!QuantityWords.isCountHead(word)
          || QuantityWords.countsOnlyAtStart(word)
              && i != FunctionWords.skipDeterminers(tokens, 0)) {
        continue;
      }
      int after = QuantityWords.governed(lexicon, tokens, i);
      if (after < 0) {
        continue;
      }
      Optional<Counted> counted =
          new CountedPeople(text, i, after, QuantityWords.isShare(word), word).read();
      if (counted.isPresent()) {
        return counted;
      }
    }
    // a bare plural at the start: "Police officers trained", "cases reported"; in English the
    // last of joined phrases is the head ("Youth, Peace and Security roadmap" is a roadmap)
    int start = FunctionWords.skipDeterminers(tokens, 0);
    List<Phrase> first = text.phrases(start);
    if (!first.isEmpty()) {
      String head = (lexicon == FRENCH ? first.get(0) : first.get(first.size() - 1)).head().word();
      if (text.isPeople(head)
          && NounPhrases.isPlural(lexicon, head)
          && !PersonNouns.isCollective(head)) {
        return new CountedPeople(text, start, start, false, null).read();
      }
    }
    return Optional.empty();
  }

  /** The people counted, if the phrase at {@code phraseAt} names people. */
  private Optional<Counted> read() {
    phrases = text.phrases(phraseAt);
    List<Phrase> actedOn = peopleActedOn();
    caseNoun = actedOn != null;
    if (caseNoun) {
      phrases = actedOn;
    }
    for (Phrase phrase : phrases) {
      if (namesPeople(phrase)) {
        readPhraseOfPeople(phrase);
      }
    }
    if (people == null) {
      return Optional.empty();
    }
    if (!female && !male) {
      readWomenNamedApart();
    }
    if (young == null && share) {
      // "share of women among young peacebuilders": the young are the whole the share is of
      young = youngAmong(people);
      shareAmongYoung = young != null;
    }
    if (young == null) {
      // "young male and female mentors": "young" opens the joined phrases
      Token opening = phrases.get(0).tokens().get(0);
      if (opening.word().equals("young")) {
        young = text.span(opening, people.head());
      }
    }
    if (share && sexWords == null) {
      // "percentage of officers who are women": the share is one sex's wherever it is named
      sexWords = anySexWord();
    }
    return Optional.of(counted());
  }

  /**
   * The people the first phrase is an act done to, null when it is none: "referrals of survivors",
   * « référencements de victimes », « taux de traitement des plaintes » count people as cases are.
   */
  private List<Phrase> peopleActedOn() {
    if (phrases.isEmpty() || !isActOnPeople(phrases.get(0).head().word())) {
      return null;
    }
    int end = tokens.indexOf(phrases.get(0).tokens().get(phrases.get(0).tokens().size() - 1));
    int of = ofAfterModifiers(end + 1);
    if (of < 0) {
      return null;
    }
    List<Phrase> objects = text.phrases(FunctionWords.skipDeterminers(tokens, of + 1));
    if (!objects.isEmpty()
        && text.isPeople(objects.get(0).head().word())
        && !PersonNouns.isCollective(objects.get(0).head().word())) {
      return objects;
    }
    return null;
  }

  /** Whether {@code phrase} names the people counted, not bodies or things. */
  private boolean namesPeople(Phrase phrase) {
    String headWord = phrase.head().word();
    boolean participle =
        phrase == phrases.get(0)
            && phrase.tokens().get(0) == phrase.head()
            && PersonNouns.isPeopleParticiple(lexicon, headWord);
    // "number of committees" counts bodies; "composition of the committee", its people
    return (text.isPeople(headWord) || participle)
        && !(PersonNouns.isCollective(headWord) && !QuantityWords.isMakeUp(countHead));
  }

  /** The sex and the youth {@code phrase}, a phrase of people, names. */
  private void readPhraseOfPeople(Phrase phrase) {
    String headWord = phrase.head().word();
    // « personnes déplacées », « victimes survivantes »: a feminine noun of either sex makes
    // the words after it feminine, naming no sex
    boolean agreement = lexicon == FRENCH && SexAndAgeWords.isEpicene(headWord);
    boolean phraseFemale = false;
    for (Token token : phrase.tokens()) {
      Sex sex =
          agreement && token != phrase.head() ? null : SexAndAgeWords.sexOf(lexicon, token.word());
      if (sex == Sex.FEMALE) {
        phraseFemale = true;
      }
      if (sex == Sex.MALE) {
        male = true;
      }
      if (sex != null && sexWords == null) {
        sexWords = text.span(token, phrase.head());
      }
      if (young == null && SexAndAgeWords.isYoung(lexicon, tokens, token)) {
        young = text.span(token, SexAndAgeWords.youngEnd(tokens, token));
      } else if (young == null && isYoungBefore(token, phrase)) {
        young = text.span(token, phrase.head());
      }
    }
    female |= phraseFemale;
    otherPeople |= !phraseFemale && SexAndAgeWords.sexOf(lexicon, phrase.head().word()) == null;
    if (people == null) {
      people = phrase;
    }
  }

  /**
   * Women named outside the phrase of people: between the count and the phrase (« effectif féminin
   * des casques bleus »), or in French after the noun (« officiers femmes »).
   */
  private void readWomenNamedApart() {
    if (countHead != null) {
      for (int i = quantityAt + 1; i < phraseAt; i++) {
        if (SexAndAgeWords.sexOf(lexicon, tokens.get(i).word()) == Sex.FEMALE) {
          female = true;
          otherPeople = false;
          sexWords = sexWords == null ? text.span(tokens.get(i), tokens.get(i)) : sexWords;
          return;
        }
      }
    }
    if (lexicon == FRENCH) {
      Token women = womenAfter(people);
      if (women != null) {
        female = true;
        otherPeople = false;
        sexWords = sexWords == null ? text.span(people.head(), women) : sexWords;
      }
    }
  }

  /** The first word of the text that names a sex, or null. */
  private String anySexWord() {
    for (Token token : tokens) {
      if (SexAndAgeWords.sexOf(lexicon, token.word()) != null) {
        return text.span(token, token);
      }
    }
    return null;
  }

  private Counted counted() {
    boolean bothSexes = female && (male || otherPeople && phrases.size() > 1);
    // "Proportion of young people who say they trust the police": a rate among young people,
    // not their share of a whole
    boolean shareOfWhole = share && !(young != null && describesWithin(people));
    Token first = tokens.get(Math.min(quantityAt, phraseAt));
    return new Counted(
        text.span(first, people.head()),
        shareOfWhole,
        Optional.ofNullable(sexWords),
        bothSexes,
        young,
        caseNoun || PersonNouns.isCase(lexicon, people.head().word()),
        shareAmongYoung);
  }

  /** "young" before the head of a phrase of people: "young female peacebuilders". */
  private boolean isYoungBefore(Token token, Phrase phrase) {
    return token.word().equals("young") && token != phrase.head();
  }

  /** An act done to people; with a rate, in the singular too: « taux de prise en charge ». */
  private boolean isActOnPeople(String word) {
    return PersonNouns.isActOnPeople(lexicon, word)
        || share && !word.endsWith("s") && PersonNouns.isActOnPeople(lexicon, word + "s");
  }

  /**
   * Where "of" comes after an act, past up to two words that qualify it (« réinsertions
   * socio-économiques d'ex-combattants »), or -1.
   */
  private int ofAfterModifiers(int from) {
    for (int i = from; i < tokens.size() && i <= from + 2; i++) {
      String word = tokens.get(i).word();
      if (FunctionWords.isOf(word)) {
        return i;
      }
      if (!Character.isLetter(word.charAt(0)) || FunctionWords.isLinkWord(word)) {
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
        int at = FunctionWords.skipDeterminers(tokens, i + 1);
        if (at < tokens.size() && SexAndAgeWords.isYoung(lexicon, tokens, tokens.get(at))) {
          return text.span(tokens.get(at), SexAndAgeWords.youngEnd(tokens, tokens.get(at)));
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
        return FunctionWords.isLinkWord(previous) ? null : tokens.get(i);
      }
      if (!Character.isLetter(word.charAt(0))
          || FunctionWords.isRelative(word)
          || NounPhrases.isParticipleAfter(lexicon, word, previous, "")) {
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
    return FunctionWords.isRelative(next)
        || NounPhrases.isParticipleAfter(
            lexicon,
            next,
            phrase.head().word(),
            end + 1 < tokens.size() ? tokens.get(end + 1).word() : "");
  }
}
