package org.napcheck.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A value reported for an indicator. A value of {@code 0} is a reported zero; an indicator that is
 * not reported has no {@code IndicatorValue} at all.
 *
 * @param value the number reported; {@code null} for a value given only as text
 * @param text a value given in words, e.g. {@code Centre established}
 * @param breakdown by dimension ({@code sex}, {@code age}, ...), the count in each category, e.g.
 *     {@code sex: {female: 52, male: 88}}; in the order the file gave
 */
public record IndicatorValue(
    @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String indicator,
    @PositiveOrZero BigDecimal value,
    String text,
    Map<@NotBlank String, Map<@NotBlank String, @NotNull @PositiveOrZero BigDecimal>> breakdown,
    String note) {

  public static final String SEX = "sex";
  public static final String AGE = "age";

  public IndicatorValue {
    breakdown = breakdown == null ? Map.of() : copyBreakdown(breakdown);
  }

  public static IndicatorValue of(String indicator, BigDecimal value) {
    return new IndicatorValue(indicator, value, null, Map.of(), null);
  }

  /** The categories of one dimension of the breakdown, if the report gives it. */
  public Optional<Map<String, BigDecimal>> breakdownBy(String dimension) {
    return Optional.ofNullable(breakdown.get(dimension))
        .filter(categories -> !categories.isEmpty());
  }

  /** The sum of the categories of one dimension, if the report gives it. */
  public Optional<BigDecimal> totalBy(String dimension) {
    return breakdownBy(dimension)
        .map(
            categories -> {
              BigDecimal total = BigDecimal.ZERO;
              for (BigDecimal count : categories.values()) {
                total = total.add(count);
              }
              return total;
            });
  }

  @AssertTrue(message = "a value needs a number or a text")
  boolean isStated() {
    return value != null || (text != null && !text.isBlank());
  }

  private static Map<String, Map<String, BigDecimal>> copyBreakdown(
      Map<String, Map<String, BigDecimal>> breakdown) {
    var copy = new java.util.LinkedHashMap<String, Map<String, BigDecimal>>();
    breakdown.forEach(
        (dimension, categories) ->
            copy.put(dimension, Lists.copyOf(categories == null ? Map.of() : categories)));
    return Lists.copyOf(copy);
  }
}
