package org.napcheck.rules.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
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
 * What napcheck infers from a plan's words when the plan does not state it, in English and French.
 *
 * <p>A field the plan states always wins: {@code measure: people} makes an indicator about people
 * whatever its text says. Otherwise:
 *
 * <ul>
 *   <li><b>people</b>: the text names people (participants, representatives, recruits, personnel,
 *       women, young people, survivors, delegates...; participants, représentants, personnel,
 *       femmes, jeunes...) <i>and</i> says how many or of what kind (number, share, gender,
 *       distribution, age...). "Trust Fund for Victims" names people but counts money.
 *   <li><b>youth</b>: young people, youth, adolescents; jeunes, jeunesse.
 *   <li><b>sex breakdown asked</b>: "number and gender of", "gender distribution", "gender
 *       balance", "by sex", "sex-disaggregated", "women and men"; "par sexe", "femmes et hommes",
 *       "parité". The word "gender" alone is not enough: "gender-based violence" asks for nothing.
 *   <li><b>age breakdown asked</b>: the word age (âge), "by age", "age group".
 *   <li><b>parity asked</b>: parity, gender balance, "same gender", "single-gender"; parité, "même
 *       sexe" — in the indicator's text or in its action's ("avoid organising panels composed
 *       solely of people of the same gender").
 *   <li><b>not measurable</b>: the whole text is a vague outcome such as "Actions taken", "Progress
 *       made", "Statements made", "Results achieved", "Continuous monitoring"; "Actions menées",
 *       "Progrès réalisés".
 *   <li><b>quantitative</b>: number, share, percentage, rate, funds, amount, contributions; nombre,
 *       pourcentage, taux, fonds, montant.
 *   <li><b>continuous or recurring action</b>: its text says continue, continued, continuation,
 *       ongoing, pursue, maintain, annual, each year, regular, bi-annual, periodic; poursuivre,
 *       continuer, maintenir, annuel, chaque année, régulier, semestriel, périodique; or it starts
 *       with a verb of work that has no end state: promote, support, raise awareness, advocate,
 *       strengthen, participate; promouvoir, soutenir, sensibiliser, renforcer, participer.
 *   <li><b>pillar themes</b>: from its title: particip-, prevent-, protect-, relief / recovery,
 *       promot-; participation, prévention, protection, relèvement, promotion.
 * </ul>
 *
 * <p>Words joined by a hyphen are not the word alone: "youth-led", "under-age" and "gender-based"
 * are none of youth, age or gender.
 *
 * <p>Every inference records the words it rests on, so a finding can say "inferred from
 * 'participants'". The class is stateless and thread-safe.
 */
public final class TextInference {

  private static final Pattern PEOPLE =
      words(
          "participants?|participantes?|representatives?|représentante?s?|recruits?|recruited"
              + "|personnel|staff|employees|women|girls|men|boys|young people|youth|survivors?"
              + "|victims?|members|membres|delegates?|délégué(e)?s?|delegations?|délégations?"
              + "|candidates?|candidat(e)?s?|experts?|volunteers?|volontaires|officers|militar(y|ies)"
              + "|trainees|people|persons|personnes|individuals|femmes|filles|hommes|garçons|jeunes"
              + "|survivant(e)?s?|victimes|agents|fonctionnaires");

  private static final Pattern QUANTITY_OR_KIND =
      words(
          "numbers?|nombre|share|proportion|percentage|pourcentage|rate|taux|gender|sex|sexe"
              + "|genre|distribution|répartition|balance|composition|age|âge|how many|combien");

  private static final Pattern YOUTH =
      words("young people|young women|young men|youth|adolescents?|jeunes|jeunesse");

  /**
   * Each alternative starts a word, or is a comma before "gender" / "genre": a pattern that may
   * start anywhere tries every alternative at every character, which made these two patterns most
   * of a check's time.
   */
  private static final Pattern SEX_BREAKDOWN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(gender (distribution|balance|breakdown|parity|composition)"
              + "|and ?gender(?![-\\p{L}])|gender of\\b|by (sex|gender)\\b|sex[- ]disaggregated"
              + "|disaggregated by (sex|gender)|(women and men|men and women|female and male"
              + "|male and female)\\b|sexe\\b|femmes et (les )?hommes|hommes et (les )?femmes"
              + "|parité\\b|genre des\\b|et ?genre\\b)"
              + "|, ?gender(?![-\\p{L}])|, ?genre\\b");

  private static final Pattern AGE_BREAKDOWN = words("age|ages|âge|âges|age groups?|by age");

  private static final Pattern PARITY =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(parity\\b|gender balance|gender-balanced|same gender|same sex"
              + "|single[- ]gender|single[- ]sex|parité\\b|même sexe|même genre"
              + "|équilibre entre les (sexes|femmes et les hommes))");

  private static final Pattern VAGUE =
      Pattern.compile(
          "(actions?|progress|statements?|efforts?|results?|measures?|steps?|integrations?)"
              + " (taken|made|achieved|implemented|undertaken|carried out)"
              + "|(continuous|ongoing) monitoring"
              + "|(actions?|progrès|déclarations?|efforts?|mesures?|résultats?)"
              + " (menée?s?|réalisée?s?|faite?s?|prise?s?|accomplie?s?|obtenue?s?|mise?s? en œuvre)"
              + "|suivi (continu|permanent)");

  private static final Pattern QUANTITATIVE =
      words(
          "numbers?|nombre|percentage|pourcentage|share|proportion|rate|taux|amounts?|montants?"
              + "|funds?|funding|fonds|financement|budget|contributions?");

  /**
   * Words that make an action continuing or recurring work, wherever they stand: it has no end
   * state, so it is never overdue; what counts is a report for each year.
   */
  private static final Pattern RECURRING =
      words(
          "continue|continued|continues|continuing|continuation|continuous|continuously|ongoing"
              + "|pursue|maintain|annual|annually|yearly|each year|every year|regular|regularly"
              + "|bi-?annual|bi-?annually|semi-annual|semi-annually|twice a year|periodic"
              + "|periodically|poursuivre|poursuite|continuer|continu|continus"
              + "|en continu|maintenir|annuel|annuelle|annuels|annuelles|annuellement|chaque année"
              + "|tous les ans|régulier|régulière|réguliers|régulières|régulièrement|semestriel"
              + "|semestrielle|semestriels|semestrielles|biannuel|biannuelle|périodique|périodiques"
              + "|périodiquement|en permanence");

  /**
   * Verbs (and their nouns) of work that has no end state, when an action starts with them:
   * "Promote ...", "Support for ...", "Raise awareness ...", "Soutenir ...". Without a deadline of
   * its own, such an action cannot be "completed" at the end of the plan; it is reported year by
   * year. Actions that produce something ("Establish", "Develop", "Adopt", "Review") are not here.
   * An opening phrase ("At the bilateral level, ...") or adverb ("Systematically ...") may come
   * first.
   */
  private static final Pattern CONTINUING_START =
      Pattern.compile(
          "^(?:[^,]{1,60}, )?(?:\\p{L}+(?:ly|ment) )?"
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

  /** What an indicator measures, and which of it was inferred. */
  public record IndicatorProfile(
      boolean people,
      boolean youth,
      boolean sexBreakdownAsked,
      boolean ageBreakdownAsked,
      boolean parityAsked,
      boolean measurable,
      boolean quantitative,
      Map<String, String> inferences) {}

  /**
   * The profile of {@code indicator}, whose action is {@code action}; {@code parityInAction} is
   * what {@link #parityWords(Action)} found in that action, looked for once for all its indicators.
   */
  public IndicatorProfile profile(
      Indicator indicator, Action action, Optional<String> parityInAction) {
    Text text = Text.of(indicator.text());
    var inferences = new LinkedHashMap<String, String>();

    boolean people;
    if (indicator.measure() != null) {
      people = indicator.measure() == Measure.PEOPLE;
    } else {
      Optional<String> who = text.find(PEOPLE);
      Optional<String> howMany = who.isPresent() ? text.find(QUANTITY_OR_KIND) : Optional.empty();
      people = who.isPresent() && howMany.isPresent();
      inferences.put(
          IndicatorFact.PEOPLE,
          people
              ? quote(who.get()) + " with " + quote(howMany.get())
              : who.isPresent() ? "no count or kind of " + quote(who.get()) : "names no people");
    }

    Optional<String> young = text.find(YOUTH);
    boolean youth =
        indicator.measure() != null && indicator.measure() != Measure.PEOPLE
            ? false
            : young.isPresent();
    young.ifPresent(word -> inferences.put(IndicatorFact.YOUTH, quote(word)));

    boolean sexAsked;
    boolean ageAsked;
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
      Optional<String> bySex = text.find(SEX_BREAKDOWN);
      Optional<String> byAge = text.find(AGE_BREAKDOWN);
      sexAsked = bySex.isPresent();
      ageAsked = byAge.isPresent();
      inferences.put(
          IndicatorFact.SEX_BREAKDOWN,
          bySex.map(TextInference::quote).orElse("no words asking for it"));
      inferences.put(
          IndicatorFact.AGE_BREAKDOWN,
          byAge.map(TextInference::quote).orElse("no words asking for it"));
    }

    boolean parity;
    if (indicator.parity() != null) {
      parity = indicator.parity();
    } else {
      Optional<String> inIndicator = text.find(PARITY);
      Optional<String> inAction = inIndicator.isPresent() ? Optional.empty() : parityInAction;
      parity = inIndicator.isPresent() || inAction.isPresent();
      if (inIndicator.isPresent()) {
        inferences.put(IndicatorFact.PARITY, quote(inIndicator.get()));
      } else if (inAction.isPresent()) {
        inferences.put(IndicatorFact.PARITY, quote(inAction.get()) + " in action " + action.id());
      }
    }

    boolean measurable;
    if (indicator.measure() != null) {
      measurable = true;
    } else {
      measurable = !isWhollyVague(text.original());
      if (!measurable) {
        inferences.put(IndicatorFact.MEASURABLE, "only " + quote(normalise(text.original())));
      }
    }

    boolean quantitative;
    if (indicator.measure() != null) {
      quantitative = indicator.measure().isQuantitative();
    } else {
      Optional<String> number = text.find(QUANTITATIVE);
      quantitative = number.isPresent();
      number.ifPresent(word -> inferences.put(IndicatorFact.QUANTITATIVE, quote(word)));
    }

    return new IndicatorProfile(
        people,
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
    return Text.of(action.text()).find(PARITY);
  }

  /**
   * The words that make {@code action} continuing or recurring work, if its text has them:
   * recurring words anywhere ("Continue ...", "an annual meeting", "regular exchanges", "chaque
   * année"), or a verb of work with no end state at its start ("Promote ...", "Support for ...").
   */
  public Optional<String> continuousFrom(Action action) {
    Text text = Text.of(action.text().strip());
    Optional<String> recurring = text.find(RECURRING);
    return recurring.isPresent() ? recurring : text.find(CONTINUING_START);
  }

  /** The themes of a pillar: as stated, else those whose words its title uses. */
  public Set<Theme> themesOf(Pillar pillar) {
    if (!pillar.themes().isEmpty()) {
      return EnumSet.copyOf(pillar.themes());
    }
    var themes = EnumSet.noneOf(Theme.class);
    Text title = Text.of(pillar.title());
    THEME_WORDS.forEach(
        (theme, pattern) -> {
          if (title.find(pattern).isPresent()) {
            themes.add(theme);
          }
        });
    return themes;
  }

  private static boolean isWhollyVague(String text) {
    return VAGUE.matcher(normalise(text)).matches();
  }

  private static String normalise(String text) {
    String trimmed = TRAILING_PUNCTUATION.matcher(text.strip()).replaceAll("");
    return WHITESPACE.matcher(trimmed).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /**
   * A text and its lower case. The patterns are written in lower case and matched against the lower
   * case: one case conversion per text, where a case-insensitive pattern converts every character
   * it tries, for every alternative (most of a check's time, before).
   */
  private record Text(String original, String lowerCase) {
    static Text of(String original) {
      return new Text(original, original.toLowerCase(Locale.ROOT));
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
      return Optional.of(
          lowerCase.length() == original.length()
              ? original.substring(matcher.start(), matcher.end())
              : matcher.group());
    }
  }

  private static String quote(String words) {
    return "\"" + words + "\"";
  }

  private static Pattern words(String alternatives) {
    return Pattern.compile("(?<![\\p{L}\\p{N}-])(" + alternatives + ")(?![\\p{L}\\p{N}-])");
  }
}
