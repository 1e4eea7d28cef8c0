package org.napcheck.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * The years a plan runs, both included: {@code 2025-2030} runs from 1 January 2025 to 31 December
 * 2030.
 */
public record Period(
    @Min(value = Years.MIN, message = Years.MESSAGE)
        @Max(value = Years.MAX, message = Years.MESSAGE)
        int start,
    @Min(value = Years.MIN, message = Years.MESSAGE)
        @Max(value = Years.MAX, message = Years.MESSAGE)
        int end) {

  public LocalDate firstDay() {
    return LocalDate.of(start, 1, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(end, 12, 31);
  }

  public boolean contains(int year) {
    return year >= start && year <= end;
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  @AssertTrue(message = "the period must not end before it starts")
  boolean isOrdered() {
    return end >= start;
  }
}
