package org.napcheck.rules.facts;

import java.time.LocalDate;
import org.napcheck.model.Location;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Plan;

/** The plan as a whole. */
public final class PlanFact {
  private final Plan plan;
  private final Location location;
  private final boolean baselineOrTargetStated;
  private final LocalDate firstDay;
  private final LocalDate lastDay;

  PlanFact(Plan plan) {
    this.plan = plan;
    this.location = Location.ofPlan(plan.id());
    this.firstDay = plan.period().firstDay();
    this.lastDay = plan.period().lastDay();
    this.baselineOrTargetStated =
        plan.indicators()
            .anyMatch(indicator -> indicator.baseline() != null || indicator.target() != null);
  }

  public String getId() {
    return plan.id();
  }

  public int getStartYear() {
    return plan.period().start();
  }

  public int getEndYear() {
    return plan.period().end();
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  /** The plan's period, e.g. {@code 2025-2030}. */
  public String getPeriod() {
    return getStartYear() + "-" + getEndYear();
  }

  /**
   * {@code titles} when some pillar states no themes, so that napcheck read them from its title; a
   * finding about themes says so. {@code null} when every pillar states its themes.
   */
  public String getThemesReadFrom() {
    return plan.pillars().stream().anyMatch(pillar -> pillar.themes().isEmpty()) ? "titles" : null;
  }

  /**
   * Whether some indicator of the plan states a baseline or a target. A plan where none does lacks
   * them as a whole, and NAP-I004 says so once rather than once per indicator.
   */
  public boolean isBaselineOrTargetStated() {
    return baselineOrTargetStated;
  }

  public boolean isBudgetStated() {
    return plan.budget() != null;
  }

  /** How often the plan says it is monitored, e.g. {@code annual}; {@code null} if it does not. */
  public String getMonitoringFrequency() {
    return plan.monitoringSetup().map(MonitoringSetup::frequency).orElse(null);
  }

  /** The code of the body that coordinates monitoring; {@code null} if the plan names none. */
  public String getMonitoringCoordinator() {
    return plan.monitoringSetup().map(MonitoringSetup::coordinator).orElse(null);
  }

  /** Whether the plan gives civil society a role in monitoring. */
  public boolean isCivilSocietyInMonitoring() {
    return plan.monitoringSetup()
        .map(MonitoringSetup::civilSociety)
        .orElse(Boolean.FALSE)
        .booleanValue();
  }

  public Plan getPlan() {
    return plan;
  }

  public Location getLocation() {
    return location;
  }
}
