package org.napcheck.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * How a plan says it is monitored.
 *
 * @param frequency e.g. {@code annual}; {@code null} when not stated
 * @param reportDue the report for year Y is due on this day of Y+1; {@code null} when not stated
 * @param coordinator the code of the body that coordinates monitoring; {@code null} when not stated
 * @param civilSociety whether civil society has a role in monitoring; {@code null} when not stated
 */
public record MonitoringSetup(
    String frequency, MonthDay reportDue, String coordinator, Boolean civilSociety) {

  /** The day on which the report for {@code year} is due, when the plan states it. */
  public Optional<LocalDate> reportDueFor(int year) {
    return Optional.ofNullable(reportDue).map(day -> day.atYear(year + 1));
  }
}
