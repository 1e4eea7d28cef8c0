package org.napcheck.rules.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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

  /** Fragments of which every match of {@link #PARITY} holds one. */
  private static final List<String> PARITY_CUES =
      List.of("parit", "balance", "same ", "single", "même ", "équilibre");

  private static final Pattern PARITY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(parity\\b|gender balance|gender-balanced|same gender|same sex"
              + "|single[- ]gender|single[- ]sex|parité\\b|même sexe|même genre"
              + "|équilibre entre les (sexes|femmes et les hommes))");

  /**
   * Words that make an action continuing or recurring work, wherever they stand: it has no end
   * state, so it is never overdue; what counts is a report for each year. Looked up word by word
   * (and pair by pair), not with one pattern tried at every character: an action's text is read for
   * them once per check.
   */
  private static final Set<String> RECURRING_WORDS =
      Set.of(
          "continue",
          "continued",
          "continues",
          "continuing",
          "continuation",
          "continuous",
          "continuously",
          "ongoing",
          "pursue",
          "maintain",
          "annual",
          "annually",
          "yearly",
          "regular",
          "regularly",
          "twice",
          "biannual",
          "bi-annual",
          "biannually",
          "bi-annually",
          "semi-annual",
          "semi-annually",
          "periodic",
          "periodically",
          "poursuivre",
          "poursuite",
          "continuer",
          "continu",
          "continus",
          "maintenir",
          "annuel",
          "annuelle",
          "annuels",
          "annuelles",
          "annuellement",
          "régulier",
          "régulière",
          "réguliers",
          "régulières",
          "régulièrement",
          "semestriel",
          "semestrielle",
          "semestriels",
          "semestrielles",
          "biannuelle",
          "périodique",
          "périodiques",
          "périodiquement");

  private static final Set<String> RECURRING_PAIRS =
      Set.of("each year", "every year", "en continu", "chaque année", "les ans", "en permanence");

  /** The first words of {@link #RECURRING_PAIRS}: only after one of them is a pair looked up. */
  private static final Set<String> PAIR_STARTS =
      RECURRING_PAIRS.stream()
          .map(pair -> pair.substring(0, pair.indexOf(' ')))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Verbs (and their nouns) of work that has no end state, when an action starts with them:
   * "Promote ...", "Support for ...", "Raise awareness ...", "Soutenir ...". Without a deadline of
   * its own, such an action cannot be "completed" at the end of the plan; it is reported year by
   * year. Actions that produce something ("Establish", "Develop", "Adopt", "Review") are not here.
   * An adverb ("Systematically ...") may come first; {@link #continuousFrom} also passes over an
   * opening phrase ("At the bilateral level, ...").
   */
  private static final Pattern CONTINUING_START =
      Pattern.compile(
          "(?:\\p{L}+(?:ly|ment) )?"
              + "(?:(?:active|financial|general|systematic|political|technical) )?"
              + "(promote|promoting|promotion|support|supporting|ensure|ensuring|raise awareness"
              + "|raising awareness|awareness-raising|encourage|advocate|advocacy|participate"
              + "|participation|defend|combat|fight|strengthen|facilitate|contribute|contribution"
              + "|apply|use|display|guarantee|allocate|take into account|integrate|integration"
              + "|increase|provide|engage|foster|mainstream|monitor|work|cooperate|cooperation"
              + "|commitment|commit|training|train|funding|fund|finance"
              + "|promouvoir|soutenir|soutien|assurer|veiller|sensibiliser|sensibilisation"
              + "|encourager|plaider|participer|défendre|combattre|lutter|renforcer|faciliter"
              + "|contribuer|appliquer|utiliser|garantir|allouer|intégrer|intégration|accroître"
              + "|fournir|favoriser|coopérer|coopération|engagement|former|formation|financer"
              + "|financement)(?![\\p{L}\\p{N}-])");

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;:,]+$");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Map<Theme, Pattern> THEME_WORDS =
      Map.of(
          Theme.PARTICIPATION, words("particip\\w*"),
          Theme.PREVENTION, words("prevent\\w*|prévention|prévenir"),
          Theme.PROTECTION, words("protect\\w*"),
          Theme.RELIEF_RECOVERY, words("relief|recovery|relèvement|redressement|secours"),
          Theme.PROMOTION, words("promot\\w*|promouvoir"));

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
    return Set.copyOf(Lexicon.personClass(french));
  }

  /** The lexicon's class of nouns of work in general, English and French: for experiments. */
  public static Set<String> genericClass() {
    return Lexicon.genericClass();
  }

  /** Whether the lexicon, class and endings, takes {@code word} for a noun of persons. */
  public static boolean lexiconPerson(String word, boolean french) {
    return (french ? Lexicon.FRENCH : Lexicon.ENGLISH).isPeople(word);
  }

  /** Whether only WordNet's person nouns make {@code word} an English noun of persons. */
  public static boolean onlyByWordNet(String word) {
    return Lexicon.onlyByWordNet(word);
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

    Optional<Counted> counted = reading.countedPeople();
    boolean people = measure != null ? measure == Measure.PEOPLE : counted.isPresent();
    if (measure == null && people) {
      inferences.put(IndicatorFact.PEOPLE, explain("inference.people", counted.get().words()));
    }
    boolean countsPeople = people && counted.isPresent();

    boolean youth =
        measure != null && measure != Measure.PEOPLE
            ? false
            : countsPeople && counted.get().young() != null;
    if (youth) {
      inferences.put(IndicatorFact.YOUTH, explain("inference.youth", counted.get().young()));
    }

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
      Optional<String> bySex =
          reading.mentionsAny(SEX_WORDS) ? reading.find(SEX_BREAKDOWN) : Optional.empty();
      Optional<String> byAge =
          reading.mentionsAny(AGE_WORDS) ? reading.find(AGE_BREAKDOWN) : Optional.empty();
      Optional<String> shareOfOneSex =
          countsPeople && counted.get().share() ? counted.get().sexWords() : Optional.empty();
      if (bySex.isEmpty() && shareOfOneSex.isEmpty() && countsPeople) {
        Optional<String> sexWords = counted.get().sexWords();
        if (sexWords.isEmpty() && counted.get().caseNoun()) {
          sexWords = reading.find(BY_ONE_SEX);
        }
        oneSex = sexWords.isPresent() && !counted.get().bothSexes();
        if (oneSex) {
          inferences.put(IndicatorFact.ONE_SEX, explain("inference.oneSex", sexWords.get()));
        }
      }
      sexAsked =
          bySex.isPresent()
              || shareOfOneSex.isPresent()
              || countsPeople && counted.get().bothSexes();
      Optional<String> sexWords = bySex.or(() -> shareOfOneSex);
      inferences.put(
          IndicatorFact.SEX_BREAKDOWN,
          sexWords
              .map(words -> explain("inference.sexBreakdown", words))
              .orElseGet(() -> messages.generic("inference.sexBreakdown.none")));
      Optional<String> shareOfYouth =
          youth && counted.get().share() && !counted.get().shareAmongYoung()
              ? Optional.of(counted.get().young())
              : Optional.empty();
      ageAsked = byAge.isPresent() || shareOfYouth.isPresent();
      inferences.put(
          IndicatorFact.AGE_BREAKDOWN,
          byAge
              .or(() -> shareOfYouth)
              .map(words -> explain("inference.ageBreakdown", words))
              .orElseGet(() -> messages.generic("inference.ageBreakdown.none")));
    }

    boolean parity;
    if (indicator.parity() != null) {
      parity = indicator.parity();
    } else {
      Optional<String> inIndicator =
          reading.mentionsAny(PARITY_WORDS) ? reading.find(PARITY) : Optional.empty();
      Optional<String> inAction = inIndicator.isPresent() ? Optional.empty() : parityInAction;
      parity = inIndicator.isPresent() || inAction.isPresent();
      if (inIndicator.isPresent()) {
        inferences.put(IndicatorFact.PARITY, explain("inference.parity", inIndicator.get()));
      } else if (inAction.isPresent()) {
        inferences.put(
            IndicatorFact.PARITY,
            explain("inference.parity.action", inAction.get()).replace("{action}", action.id()));
      }
    }

    boolean quantitative;
    Optional<String> quantity = reading.quantity().or(() -> counted.map(Counted::words));
    if (measure != null) {
      quantitative = measure.isQuantitative();
    } else {
      quantitative = quantity.isPresent();
      quantity.ifPresent(
          words ->
              inferences.put(IndicatorFact.QUANTITATIVE, explain("inference.quantitative", words)));
    }

    boolean measurable;
    if (measure != null) {
      measurable = true;
    } else {
      Optional<String> generic =
          quantity.isPresent() ? Optional.empty() : reading.onlyGenericWork();
      measurable = generic.isEmpty();
      generic.ifPresent(
          words ->
              inferences.put(IndicatorFact.MEASURABLE, explain("inference.notMeasurable", words)));
    }

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

  /** The words of {@code action} that ask for parity, if it has some. */
  public Optional<String> parityWords(Action action) {
    String lowerCase = action.text().toLowerCase(Locale.ROOT);
    // Most actions have none of the letters parity needs: no pattern is tried on them.
    for (String cue : PARITY_CUES) {
      if (lowerCase.contains(cue)) {
        return find(action.text(), PARITY);
      }
    }
    return Optional.empty();
  }

  /**
   * The words that make {@code action} continuing or recurring work, if its text has them:
   * recurring words anywhere ("Continue ...", "an annual meeting", "regular exchanges", "chaque
   * année"), or a verb of work with no end state at its start ("Promote ...", "Support for ...").
   */
  public Optional<String> continuousFrom(Action action) {
    String text = action.text().strip();
    Optional<String> recurring = recurringWords(text);
    if (recurring.isPresent()) {
      return recurring;
    }
    String lowerCase = text.toLowerCase(Locale.ROOT);
    Matcher start = CONTINUING_START.matcher(lowerCase);
    // An opening phrase of 1 to 60 characters ends at the first comma, followed by a space.
    int comma = lowerCase.indexOf(',');
    boolean opening = comma >= 1 && comma <= 60 && lowerCase.startsWith(" ", comma + 1);
    if (opening && start.region(comma + 2, lowerCase.length()).lookingAt()
        || start.region(0, lowerCase.length()).lookingAt()) {
      return Optional.of(span(text, lowerCase, 0, start.end()));
    }
    return Optional.empty();
  }

  /** The first recurring word, or pair of words ("each year"), of {@code text}, as it writes it. */
  private static Optional<String> recurringWords(String text) {
    String lowerCase = text.toLowerCase(Locale.ROOT);
    int previousStart = -1;
    String previous = null;
    // Words as [\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)* finds them, found without the regular expression
    // engine: a check reads every action's text here.
    int length = lowerCase.length();
    int at = 0;
    while (at < length) {
      int c = lowerCase.codePointAt(at);
      if (!Reading.isWordChar(c)) {
        at += Character.charCount(c);
        continue;
      }
      int start = at;
      int end = endOfRun(lowerCase, at);
      while (end + 1 < length
          && lowerCase.charAt(end) == '-'
          && Reading.isWordChar(lowerCase.codePointAt(end + 1))) {
        end = endOfRun(lowerCase, end + 1);
      }
      at = end;
      String current = lowerCase.substring(start, end);
      if (previous != null
          && PAIR_STARTS.contains(previous)
          && RECURRING_PAIRS.contains(previous + " " + current)) {
        return Optional.of(span(text, lowerCase, previousStart, end));
      }
      if (RECURRING_WORDS.contains(current)) {
        return Optional.of(span(text, lowerCase, start, end));
      }
      previous = current;
      previousStart = start;
    }
    return Optional.empty();
  }

  /** The end of the run of letters and numbers that starts at {@code start}. */
  private static int endOfRun(String text, int start) {
    int at = start;
    while (at < text.length()) {
      int c = text.codePointAt(at);
      if (!Reading.isWordChar(c)) {
        break;
      }
      at += Character.charCount(c);
    }
    return at;
  }

  /**
   * The first words {@code pattern} finds in the lower case of {@code text}, as the text writes
   * them: for patterns that need no reading of the words, only their letters.
   */
  private static Optional<String> find(String text, Pattern pattern) {
    String lowerCase = text.toLowerCase(Locale.ROOT);
    Matcher matcher = pattern.matcher(lowerCase);
    return matcher.find()
        ? Optional.of(span(text, lowerCase, matcher.start(), matcher.end()))
        : Optional.empty();
  }

  private static String span(String text, String lowerCase, int start, int end) {
    return lowerCase.length() == text.length()
        ? text.substring(start, end)
        : lowerCase.substring(start, end);
  }

  /** The themes of a pillar: as stated, else those whose words its title uses. */
  public Set<Theme> themesOf(Pillar pillar) {
    if (!pillar.themes().isEmpty()) {
      return EnumSet.copyOf(pillar.themes());
    }
    var themes = EnumSet.noneOf(Theme.class);
    THEME_WORDS.forEach(
        (theme, pattern) -> {
          if (find(pillar.title(), pattern).isPresent()) {
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
