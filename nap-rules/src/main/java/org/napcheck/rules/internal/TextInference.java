package org.napcheck.rules.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.napcheck.model.Action;
import org.napcheck.model.Indicator;
import org.napcheck.model.Measure;
import org.napcheck.model.Pillar;
import org.napcheck.model.Theme;
import org.napcheck.rules.facts.IndicatorFact;

/**
 * What napcheck infers from a plan's words when the plan does not state it, in English and French,
 * as docs/inference.md defines it. A field the plan states always wins: {@code measure: people}
 * makes an indicator about people whatever its text says. Otherwise the text is read as an analyst
 * reads it, by what its nouns are rather than by fixed phrases:
 *
 * <ul>
 *   <li><b>what is counted</b>: the noun phrase after a word of quantity ("number of", "share of",
 *       "gender distribution among"; "nombre de", "part des"), or the text's own first noun phrase
 *       when it is a bare plural ("Police officers trained", "cases reported"). Its head is the
 *       last noun in English ("female police <u>officers</u>"), the first in French ("<u>agents</u>
 *       de police"); the phrase ends at a preposition, a participle or a comma.
 *   <li><b>people</b>: that head names people, by what the noun is: a curated class of nouns of
 *       persons, roles, status and office ({@link Lexicon}); in English, the plurals of WordNet
 *       3.1's person nouns (person-nouns-en.txt); nouns of agents by their ending (-ers, -ors,
 *       -ists, -ants, -ents, -ees, -ians; -eurs, -ants, -istes, -aires), minus the common things
 *       that end so (numbers, shelters, sectors, documents...); collective bodies (delegations,
 *       committees); and cases, complaints and referrals, which concern people.
 *   <li><b>one sex</b>: that phrase names women or men only (women, female, girls; femmes, and in
 *       French the feminine forms: policières, médiatrices, survivantes).
 *   <li><b>sex breakdown asked</b>: "by sex", "disaggregated", "and gender", "gender distribution",
 *       "women and men"; "par sexe", "ventilé", "femmes et hommes", "dont femmes"; both sexes
 *       counted side by side; or a share of one sex ("share of women"), which is a comparison
 *       already. "Gender" alone is not: "gender-based violence" asks for nothing.
 *   <li><b>youth</b>: the people counted are young (young people, youth, adolescents; jeunes).
 *   <li><b>age breakdown asked</b>: age, aged, age group (âge, tranche d'âge), or a share of young
 *       people.
 *   <li><b>quantitative</b>: a unit of count, share or amount (number, share, rate, frequency,
 *       funds, budget, contributions; nombre, part, taux, montant, financement), or people counted.
 *   <li><b>measurable</b>: quantitative, or a deliverable that can be verified: the things the text
 *       delivers are concrete (a law, a report, a centre, a campaign, trainings), not only generic
 *       work (actions, initiatives, efforts, support, research, statements, progress). "Adoption
 *       of", "support for", "type of" take their concreteness from what follows.
 * </ul>
 *
 * <p>Words joined by a hyphen are one word: "youth-led", "women-led" and "gender-based" are none of
 * youth, women or gender.
 *
 * <p>Every inference records the words it rests on, and says what it inferred in the language of
 * the messages it was made with. The class is thread-safe.
 */
public final class TextInference {

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;:,]+$");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Map<Theme, Pattern> THEME_WORDS =
      Map.of(
          Theme.PARTICIPATION, words("particip\\w*"),
          Theme.PREVENTION, words("prevent\\w*|prévention|prévenir"),
          Theme.PROTECTION, words("protect\\w*"),
          Theme.RELIEF_RECOVERY, words("relief|recovery|relèvement|redressement|secours"),
          Theme.PROMOTION, words("promot\\w*|promouvoir"));

  private final Messages messages;
  private final WordTool tool;

  /** Inference whose explanations are in English. */
  public TextInference() {
    this(new Messages(Locale.ENGLISH));
  }

  /** Inference whose explanations are in the language of {@code messages}. */
  public TextInference(Messages messages) {
    this(messages, WordTool.NONE);
  }

  /**
   * Inference that asks {@code tool} before its own word classes: for the experiment that measured
   * language tools (nap-bench {@code InferenceTools}, docs/inference.md). The checker uses none.
   */
  public TextInference(Messages messages, WordTool tool) {
    this.messages = messages;
    this.tool = tool;
  }

  /**
   * What a language tool (WordNet, a stemmer, a part-of-speech tagger) may say of words before the
   * word classes of {@link Lexicon} do. Each answer may be null: the lexicon decides.
   */
  public interface WordTool {
    /** No tool: the lexicon alone. */
    WordTool NONE = new WordTool() {};

    /** Whether {@code word}, a head noun in lower case, names people; null: the lexicon says. */
    default Boolean person(String word, boolean french) {
      return null;
    }

    /** Whether {@code word}, a head noun in lower case, is work in general; null: the lexicon. */
    default Boolean generic(String word, boolean french) {
      return null;
    }

    /** Universal part-of-speech tags (NOUN, VERB...) of {@code words} as written, or null. */
    default String[] tags(String[] words, boolean french) {
      return null;
    }
  }

  /** The lexicon's class of nouns of persons, cases and bodies (no endings): for experiments. */
  public static Set<String> personClass(boolean french) {
    return Set.copyOf(PersonNouns.personClass(french));
  }

  /** The lexicon's class of nouns of work in general, English and French: for experiments. */
  public static Set<String> genericClass() {
    return WorkWords.genericClass();
  }

  /** Whether the lexicon, class and endings, takes {@code word} for a noun of persons. */
  public static boolean lexiconPerson(String word, boolean french) {
    return PersonNouns.isPeople(french ? Lexicon.FRENCH : Lexicon.ENGLISH, word);
  }

  /** Whether only WordNet's person nouns make {@code word} an English noun of persons. */
  public static boolean onlyByWordNet(String word) {
    return EnglishPersonNouns.onlyByWordNet(word);
  }

  /** What an indicator measures, and which of it was inferred. */
  public record IndicatorProfile(
      boolean people,
      boolean oneSexCounted,
      boolean youth,
      boolean sexBreakdownAsked,
      boolean ageBreakdownAsked,
      boolean parityAsked,
      boolean measurable,
      boolean quantitative,
      Map<String, String> inferences) {}

  /** {@link #profile(Indicator, Action, Optional, String)} of a plan of unknown language. */
  public IndicatorProfile profile(
      Indicator indicator, Action action, Optional<String> parityInAction) {
    return profile(indicator, action, parityInAction, null);
  }

  /**
   * The profile of {@code indicator}, whose action is {@code action}; {@code parityInAction} is
   * what {@link #parityWords(Action)} found in that action, looked for once for all its indicators;
   * {@code language} is the plan's ({@code en}, {@code fr}; another or {@code null} reads both).
   */
  public IndicatorProfile profile(
      Indicator indicator, Action action, Optional<String> parityInAction, String language) {
    Reading reading = Reading.of(indicator.text(), Lexicon.language(language), tool);
    var inferences = new LinkedHashMap<String, String>();
    Measure measure = indicator.measure();
    Optional<Counted> counted = CountedPeople.in(reading);
    boolean people = countsPeople(measure, counted, inferences);
    Optional<Counted> countedPeople = people ? counted : Optional.empty();
    boolean youth = isAboutYouth(measure, countedPeople, inferences);

    boolean sexAsked;
    boolean ageAsked;
    boolean oneSex = false;
    if (!indicator.disaggregation().isEmpty()) {
      sexAsked =
          indicator.disaggregation().stream()
              .anyMatch(
                  dimension ->
                      dimension.equalsIgnoreCase("sex") || dimension.equalsIgnoreCase("gender"));
      ageAsked =
          indicator.disaggregation().stream()
              .anyMatch(dimension -> dimension.equalsIgnoreCase("age"));
    } else {
      Optional<String> sexWords =
          BreakdownWords.bySex(reading).or(() -> shareOfOneSex(countedPeople));
      oneSex =
          sexWords.isEmpty()
              && countedPeople.isPresent()
              && countsOneSex(reading, countedPeople.get(), inferences);
      sexAsked = asksSexBreakdown(sexWords, countedPeople, inferences);
      ageAsked = asksAgeBreakdown(reading, youth ? countedPeople : Optional.empty(), inferences);
    }
    boolean parity =
        indicator.parity() != null
            ? indicator.parity()
            : asksParity(reading, action, parityInAction, inferences);
    Optional<String> quantity = reading.quantity().or(() -> counted.map(Counted::words));
    boolean quantitative =
        measure != null ? measure.isQuantitative() : isQuantitative(quantity, inferences);
    boolean measurable = measure != null || isMeasurable(reading, quantity, inferences);
    return new IndicatorProfile(
        people,
        oneSex && people,
        youth,
        sexAsked,
        ageAsked,
        parity,
        measurable,
        quantitative,
        Map.copyOf(inferences));
  }

  /** Whether the indicator counts people: as its measure states, else as its text reads. */
  private boolean countsPeople(
      Measure measure, Optional<Counted> counted, Map<String, String> inferences) {
    boolean people = measure != null ? measure == Measure.PEOPLE : counted.isPresent();
    if (measure == null && people) {
      inferences.put(IndicatorFact.PEOPLE, explain("inference.people", counted.get().words()));
    }
    return people;
  }

  /** Whether the people counted are young, unless a measure states something else is counted. */
  private boolean isAboutYouth(
      Measure measure, Optional<Counted> countedPeople, Map<String, String> inferences) {
    boolean youth =
        measure != null && measure != Measure.PEOPLE
            ? false
            : countedPeople.isPresent() && countedPeople.get().young() != null;
    if (youth) {
      inferences.put(IndicatorFact.YOUTH, explain("inference.youth", countedPeople.get().young()));
    }
    return youth;
  }

  /** The words of a share of one sex ("share of women"), a comparison already. */
  private static Optional<String> shareOfOneSex(Optional<Counted> countedPeople) {
    return countedPeople.isPresent() && countedPeople.get().share()
        ? countedPeople.get().sexWords()
        : Optional.empty();
  }

  /**
   * Whether the people counted are of one sex, with no breakdown asked: "female police officers",
   * "applications filed by women".
   */
  private boolean countsOneSex(Reading reading, Counted counted, Map<String, String> inferences) {
    Optional<String> sexWords = counted.sexWords();
    if (sexWords.isEmpty() && counted.caseNoun()) {
      sexWords = BreakdownWords.byOneSex(reading);
    }
    boolean oneSex = sexWords.isPresent() && !counted.bothSexes();
    if (oneSex) {
      inferences.put(IndicatorFact.ONE_SEX, explain("inference.oneSex", sexWords.get()));
    }
    return oneSex;
  }

  /**
   * Whether data by sex is asked: by {@code sexWords} (words asking for it, or a share of one sex),
   * or by both sexes counted side by side.
   */
  private boolean asksSexBreakdown(
      Optional<String> sexWords, Optional<Counted> countedPeople, Map<String, String> inferences) {
    inferences.put(
        IndicatorFact.SEX_BREAKDOWN,
        sexWords
            .map(words -> explain("inference.sexBreakdown", words))
            .orElseGet(() -> messages.generic("inference.sexBreakdown.none")));
    return sexWords.isPresent() || countedPeople.isPresent() && countedPeople.get().bothSexes();
  }

  /**
   * Whether data by age is asked: by words asking for it, or by a share of {@code youngCounted},
   * the young people counted if they are.
   */
  private boolean asksAgeBreakdown(
      Reading reading, Optional<Counted> youngCounted, Map<String, String> inferences) {
    Optional<String> byAge = BreakdownWords.byAge(reading);
    Optional<String> shareOfYouth =
        youngCounted.isPresent()
                && youngCounted.get().share()
                && !youngCounted.get().shareAmongYoung()
            ? Optional.of(youngCounted.get().young())
            : Optional.empty();
    inferences.put(
        IndicatorFact.AGE_BREAKDOWN,
        byAge
            .or(() -> shareOfYouth)
            .map(words -> explain("inference.ageBreakdown", words))
            .orElseGet(() -> messages.generic("inference.ageBreakdown.none")));
    return byAge.isPresent() || shareOfYouth.isPresent();
  }

  /** Whether parity is asked, by the indicator's words or else by its action's. */
  private boolean asksParity(
      Reading reading,
      Action action,
      Optional<String> parityInAction,
      Map<String, String> inferences) {
    Optional<String> inIndicator = BreakdownWords.parity(reading);
    Optional<String> inAction = inIndicator.isPresent() ? Optional.empty() : parityInAction;
    if (inIndicator.isPresent()) {
      inferences.put(IndicatorFact.PARITY, explain("inference.parity", inIndicator.get()));
    } else if (inAction.isPresent()) {
      inferences.put(
          IndicatorFact.PARITY,
          explain("inference.parity.action", inAction.get()).replace("{action}", action.id()));
    }
    return inIndicator.isPresent() || inAction.isPresent();
  }

  /** Whether the text has {@code quantity}, words of a count, share or amount. */
  private boolean isQuantitative(Optional<String> quantity, Map<String, String> inferences) {
    quantity.ifPresent(
        words ->
            inferences.put(IndicatorFact.QUANTITATIVE, explain("inference.quantitative", words)));
    return quantity.isPresent();
  }

  /** Whether the text has a quantity or names something concrete, not only generic work. */
  private boolean isMeasurable(
      Reading reading, Optional<String> quantity, Map<String, String> inferences) {
    Optional<String> generic = quantity.isPresent() ? Optional.empty() : reading.onlyGenericWork();
    generic.ifPresent(
        words ->
            inferences.put(IndicatorFact.MEASURABLE, explain("inference.notMeasurable", words)));
    return generic.isEmpty();
  }

  /** The words of {@code action} that ask for parity, if it has some. */
  public Optional<String> parityWords(Action action) {
    return BreakdownWords.parity(action.text());
  }

  /**
   * The words that make {@code action} continuing or recurring work, if its text has them:
   * recurring words anywhere ("Continue ...", "an annual meeting", "regular exchanges", "chaque
   * année"), or a verb of work with no end state at its start ("Promote ...", "Support for ...").
   */
  public Optional<String> continuousFrom(Action action) {
    return ContinuingWork.wordsOf(action.text());
  }

  /** The themes of a pillar: as stated, else those whose words its title uses. */
  public Set<Theme> themesOf(Pillar pillar) {
    if (!pillar.themes().isEmpty()) {
      return EnumSet.copyOf(pillar.themes());
    }
    var themes = EnumSet.noneOf(Theme.class);
    THEME_WORDS.forEach(
        (theme, pattern) -> {
          if (Reading.find(pillar.title(), pattern).isPresent()) {
            themes.add(theme);
          }
        });
    return themes;
  }

  /** The explanation {@code key} of the messages, quoting {@code words}. */
  private String explain(String key, String words) {
    return messages.generic(key).replace("{words}", words);
  }

  /**
   * The people a text counts: the words from the quantity to the head ({@code words}), whether it
   * is a share, the words naming one sex among them, whether both sexes are named side by side, the
   * words naming young people, and whether the head is a case, complaint or referral.
   */
  record Counted(
      String words,
      boolean share,
      Optional<String> sexWords,
      boolean bothSexes,
      String young,
      boolean caseNoun,
      boolean shareAmongYoung) {}

  /** One word of a text, lower case, with where it stands in the text. */
  record Token(String word, int start, int end) {}

  /** A noun phrase: its words, and its head (the last word in English, the first in French). */
  record Phrase(List<Token> tokens, Token head) {}

  private static Pattern words(String alternatives) {
    return Pattern.compile("(?<![\\p{L}\\p{N}-])(" + alternatives + ")(?![\\p{L}\\p{N}-])");
  }
}
