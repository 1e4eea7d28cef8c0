package org.napcheck.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;

/**
 * What one reporting body says about one year of a plan: the progress of actions and the values of
 * indicators.
 *
 * @param plan the id of the plan reported on
 * @param submitted the day the report was submitted; {@code null} when unknown
 */
public record MonitoringReport(
    @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String plan,
    @Min(value = Years.MIN, message = Years.MESSAGE)
        @Max(value = Years.MAX, message = Years.MESSAGE)
        int year,
    @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String reporter,
    LocalDate submitted,
    List<@NotNull @Valid ActionProgress> actions,
    List<@NotNull @Valid IndicatorValue> values) {

  public MonitoringReport {
    actions = Lists.copyOf(actions);
    values = Lists.copyOf(values);
  }
}
