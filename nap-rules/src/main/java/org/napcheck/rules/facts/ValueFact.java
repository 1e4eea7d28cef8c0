package org.napcheck.rules.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.napcheck.model.IndicatorValue;
import org.napcheck.model.Location;

/** A value a report gives for an indicator. */
public final class ValueFact {
  private static final Map<String, BigDecimal> NONE = Map.of();
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final IndicatorValue value;
  private final int year;
  private final String reporter;
  private final Location indicatorLocation;
  private final boolean indicatorInPlan;

  /**
   * @param indicatorLocation where the indicator is in the plan (or, for an indicator the plan does
   *     not have, its id under the plan): the value's place is there, in its year and reporter
   * @param indicatorInPlan whether the plan has an indicator of the id the value is given for
   */
  ValueFact(
      IndicatorValue value,
      int year,
      String reporter,
      Location indicatorLocation,
      boolean indicatorInPlan) {
    this.value = value;
    this.year = year;
    this.reporter = reporter;
    this.indicatorLocation = indicatorLocation;
    this.indicatorInPlan = indicatorInPlan;
  }

  /**
   * The total of each dimension the value is broken down by (sex, age...), in the order of the
   * dimensions' names, each beside the value: a rule reads them {@code from
   * $value.breakdownTotals}.
   */
  public List<BreakdownTotal> getBreakdownTotals() {
    if (value.breakdown().isEmpty()) {
      return List.of();
    }
    Location location = getLocation();
    var totals = new ArrayList<BreakdownTotal>();
    for (String dimension : new TreeSet<>(value.breakdown().keySet())) {
      value
          .totalBy(dimension)
          .ifPresent(
              total ->
                  totals.add(
                      new BreakdownTotal(
                          value.indicator(), dimension, total, value.value(), location)));
    }
    return totals;
  }

  /**
   * Whether each dimension of the breakdown adds up to the value, as one with none does: whether
   * every one of {@link #getBreakdownTotals} is {@link BreakdownTotal#isAddingUp adding up}.
   */
  public boolean isBreakdownAddingUp() {
    if (value.value() == null) {
      return true;
    }
    for (String dimension : value.breakdown().keySet()) {
      Optional<BigDecimal> total = value.totalBy(dimension);
      if (total.isPresent() && total.get().compareTo(value.value()) != 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the plan has an indicator of the id this value is given for. */
  public boolean isIndicatorInPlan() {
    return indicatorInPlan;
  }

  public String getIndicatorId() {
    return value.indicator();
  }

  public int getYear() {
    return year;
  }

  public String getReporter() {
    return reporter;
  }

  /** The number reported; {@code null} when the value is given only in words. */
  public BigDecimal getValue() {
    return value.value();
  }

  /** A number greater than zero: a count of someone or something. */
  public boolean isPositive() {
    return value.value() != null && value.value().signum() > 0;
  }

  public boolean isSexBreakdownGiven() {
    return value.breakdownBy(IndicatorValue.SEX).isPresent();
  }

  public boolean isAgeBreakdownGiven() {
    return value.breakdownBy(IndicatorValue.AGE).isPresent();
  }

  /**
   * Everyone counted is of one sex: at least two people, and all of them female, or all male.
   * Categories other than female and male (other, unknown) make it not one sex.
   */
  public boolean isAllOneSex() {
    Map<String, BigDecimal> sex = value.breakdownBy(IndicatorValue.SEX).orElse(NONE);
    BigDecimal total = BigDecimal.ZERO;
    int nonZero = 0;
    boolean femaleOrMaleOnly = true;
    for (Map.Entry<String, BigDecimal> category : sex.entrySet()) {
      total = total.add(category.getValue());
      if (category.getValue().signum() > 0) {
        nonZero++;
        femaleOrMaleOnly &= category.getKey().equals("female") || category.getKey().equals("male");
      }
    }
    return total.compareTo(TWO) >= 0 && nonZero == 1 && femaleOrMaleOnly;
  }

  /** The count of {@code category} in the sex breakdown, {@code 0} if it is not given. */
  public BigDecimal sexCount(String category) {
    return value
        .breakdownBy(IndicatorValue.SEX)
        .orElse(NONE)
        .getOrDefault(category, BigDecimal.ZERO);
  }

  public Location getLocation() {
    // Made when asked (for a finding), not for each of the many values that give none.
    return indicatorLocation.withYear(year).withReporter(reporter);
  }
}
