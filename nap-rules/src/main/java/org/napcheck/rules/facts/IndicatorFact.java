package org.napcheck.rules.facts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.napcheck.model.Indicator;
import org.napcheck.model.Location;
import org.napcheck.rules.internal.TextInference;

/**
 * An indicator with what it measures: read from its fields where the plan states them, else
 * inferred from its text (and its action's text, for parity). {@link #inference(String...)} says
 * what was inferred and from which words, so that a finding can say so.
 */
public final class IndicatorFact extends PlanItem {
  /** The aspects napcheck may infer, as named in {@link #inference(String...)}. */
  public static final String PEOPLE = "people";

  public static final String ONE_SEX = "one sex";
  public static final String YOUTH = "youth";
  public static final String SEX_BREAKDOWN = "sex breakdown";
  public static final String AGE_BREAKDOWN = "age breakdown";
  public static final String PARITY = "parity";
  public static final String MEASURABLE = "measurable";
  public static final String QUANTITATIVE = "quantitative";

  private final Indicator indicator;
  private final boolean people;
  private final boolean oneSexCounted;
  private final boolean youth;
  private final boolean sexBreakdownAsked;
  private final boolean ageBreakdownAsked;
  private final boolean parityAsked;
  private final boolean measurable;
  private final boolean quantitative;
  private final Map<String, String> inferences;
  private List<ValueFact> values = List.of();

  /**
   * @param profile what the indicator measures, as stated or inferred, and for each aspect that was
   *     inferred rather than stated, how: e.g. {@code people -> counts people: "number of
   *     participants"}
   */
  IndicatorFact(
      Indicator indicator,
      int position,
      Location location,
      TextInference.IndicatorProfile profile) {
    super("indicator", indicator.id(), position, location);
    this.indicator = indicator;
    this.people = profile.people();
    this.oneSexCounted = profile.oneSexCounted();
    this.youth = profile.youth();
    this.sexBreakdownAsked = profile.sexBreakdownAsked();
    this.ageBreakdownAsked = profile.ageBreakdownAsked();
    this.parityAsked = profile.parityAsked();
    this.measurable = profile.measurable();
    this.quantitative = profile.quantitative();
    this.inferences = Map.copyOf(profile.inferences());
  }

  public String getText() {
    return indicator.text();
  }

  /**
   * The values the reports give for the indicator's id, in the order of the reports: a rule reads
   * them {@code from $indicator.values}.
   */
  public List<ValueFact> getValues() {
    return values;
  }

  /** Sets the values the reports give, once, before the fact is matched by any rule. */
  void setValues(List<ValueFact> values) {
    this.values = values;
  }

  /** Counts or describes people: participants, representatives, recruits, personnel... */
  public boolean isPeople() {
    return people;
  }

  /** Counts women only, or men only: "number of women deployed". */
  public boolean isOneSexCounted() {
    return oneSexCounted;
  }

  /** About young people. */
  public boolean isYouth() {
    return youth;
  }

  public boolean isSexBreakdownAsked() {
    return sexBreakdownAsked;
  }

  public boolean isAgeBreakdownAsked() {
    return ageBreakdownAsked;
  }

  /** The plan asks for gender balance here: no single-gender panels or delegations. */
  public boolean isParityAsked() {
    return parityAsked;
  }

  /** Says what would be counted or checked; "Actions taken" does not. */
  public boolean isMeasurable() {
    return measurable;
  }

  /** Its values are numbers that can have a baseline and a target. */
  public boolean isQuantitative() {
    return quantitative;
  }

  public boolean isBaselineStated() {
    return indicator.baseline() != null;
  }

  public boolean isTargetStated() {
    return indicator.target() != null;
  }

  /**
   * What napcheck inferred about the given aspects, in the language of the check, joined with "; ",
   * e.g. {@code counts people: "number of participants"; no words asking for a breakdown by sex};
   * {@code null} when every one of them was stated in the plan.
   */
  public String inference(String... aspects) {
    String joined = null;
    for (String aspect : aspects) {
      String inferred = inferences.get(aspect);
      if (inferred != null) {
        joined = joined == null ? inferred : joined + "; " + inferred;
      }
    }
    return joined;
  }

  /**
   * The ids of {@code indicators} in the order of ids (1.a.2-1 before 1.a.10-1), e.g. {@code
   * 1.a.1-1, 1.a.2-1}.
   */
  public static String ids(List<IndicatorFact> indicators) {
    return indicators.stream()
        .sorted(Comparator.comparing(IndicatorFact::getLocation, Location.ORDER))
        .map(IndicatorFact::getId)
        .collect(Collectors.joining(", "));
  }
}
