package org.napcheck.rules.facts;

import java.math.BigDecimal;
import org.napcheck.model.Location;

/** The sum of one dimension of a value's breakdown (sex, age, ...), beside the value itself. */
public final class BreakdownTotal {
  private final String indicatorId;
  private final String dimension;
  private final BigDecimal total;
  private final BigDecimal value;
  private final Location location;

  /**
   * @param value the number reported; {@code null} when the value is given only in words
   */
  BreakdownTotal(
      String indicatorId, String dimension, BigDecimal total, BigDecimal value, Location location) {
    this.indicatorId = indicatorId;
    this.dimension = dimension;
    this.total = total;
    this.value = value;
    this.location = location;
  }

  public String getIndicatorId() {
    return indicatorId;
  }

  public String getDimension() {
    return dimension;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public BigDecimal getValue() {
    return value;
  }

  /**
   * Whether the categories add up to the value; a value given only in words has nothing to add up
   * to.
   */
  public boolean isAddingUp() {
    return value == null || total.compareTo(value) == 0;
  }

  public Location getLocation() {
    return location;
  }
}
