package org.napcheck.rules.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that make an action continuing or recurring work, which has no end state: recurring words
 * anywhere ("Continue ...", "an annual meeting", « chaque année »), or a verb of work with no end
 * state at its start ("Promote ...", "Support for ...").
 */
final class ContinuingWork {
  private ContinuingWork() {}

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
   * An adverb ("Systematically ...") may come first; {@link #wordsOf} also passes over an opening
   * phrase ("At the bilateral level, ...").
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

  /** The words that make an action whose text is {@code actionText} continuing work, if any. */
  static Optional<String> wordsOf(String actionText) {
    String text = actionText.strip();
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
      return Optional.of(Reading.asWritten(text, lowerCase, 0, start.end()));
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
      if (!Tokenizer.isWordChar(c)) {
        at += Character.charCount(c);
        continue;
      }
      int start = at;
      int end = endOfRun(lowerCase, at);
      while (end + 1 < length
          && lowerCase.charAt(end) == '-'
          && Tokenizer.isWordChar(lowerCase.codePointAt(end + 1))) {
        end = endOfRun(lowerCase, end + 1);
      }
      at = end;
      String current = lowerCase.substring(start, end);
      if (previous != null
          && PAIR_STARTS.contains(previous)
          && RECURRING_PAIRS.contains(previous + " " + current)) {
        return Optional.of(Reading.asWritten(text, lowerCase, previousStart, end));
      }
      if (RECURRING_WORDS.contains(current)) {
        return Optional.of(Reading.asWritten(text, lowerCase, start, end));
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
      if (!Tokenizer.isWordChar(c)) {
        break;
      }
      at += Character.charCount(c);
    }
    return at;
  }
}
