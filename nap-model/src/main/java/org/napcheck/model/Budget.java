package org.napcheck.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * What a plan states about its budget: an amount with its currency, or a text, or both.
 *
 * @param currency ISO 4217 code, e.g. {@code EUR}
 */
public record Budget(@PositiveOrZero BigDecimal amount, String currency, String text) {

  public static Budget ofText(String text) {
    return new Budget(null, null, text);
  }

  @AssertTrue(message = "a budget needs an amount with its currency, or a text")
  boolean isStated() {
    return (amount != null && currency != null && !currency.isBlank())
        || (text != null && !text.isBlank());
  }
}
