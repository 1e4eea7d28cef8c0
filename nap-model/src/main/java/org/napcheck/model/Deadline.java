package org.napcheck.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * When an action is due: a whole year ("by 2029" is due by the end of 2029) or a day.
 *
 * @param date the last day on which the action is on time
 * @param wholeYear {@code true} when the plan gave only a year
 */
public record Deadline(@NotNull LocalDate date, boolean wholeYear) {

  public static Deadline ofYear(int year) {
    return new Deadline(LocalDate.of(year, 12, 31), true);
  }

  public static Deadline ofDate(LocalDate date) {
    return new Deadline(date, false);
  }

  public int year() {
    return date.getYear();
  }

  @AssertTrue(message = "must be a year between 1900 and 2200")
  boolean isPlausibleYear() {
    return date == null || (date.getYear() >= Years.MIN && date.getYear() <= Years.MAX);
  }

  @Override
  public String toString() {
    return wholeYear ? Integer.toString(year()) : date.toString();
  }
}
