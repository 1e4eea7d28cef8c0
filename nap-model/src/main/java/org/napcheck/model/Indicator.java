package org.napcheck.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * An indicator of an action. Every field after {@code text} is {@code null} (or empty) unless the
 * plan states it; the checker infers what is not stated from the text.
 *
 * @param id action id plus the indicator's position, e.g. {@code 1.a.1-1}
 * @param disaggregation the dimensions data must be broken down by, e.g. {@code sex}, {@code age}
 * @param parity {@code true} where the plan asks for gender balance
 * @param baseline the value at the start, as the plan states it (a number or a text)
 * @param target the value aimed at, as the plan states it (a number or a text)
 */
public record Indicator(
    @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
    @NotBlank String text,
    Measure measure,
    List<@NotBlank String> disaggregation,
    Boolean parity,
    String baseline,
    String target) {

  public Indicator {
    disaggregation = Lists.copyOf(disaggregation);
  }

  /** An indicator with only its id and text, as most published plans give them. */
  public static Indicator of(String id, String text) {
    return new Indicator(id, text, null, List.of(), null, null, null);
  }
}
