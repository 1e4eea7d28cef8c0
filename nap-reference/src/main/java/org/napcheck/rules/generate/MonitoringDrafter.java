package org.napcheck.rules.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.napcheck.model.Action;
import org.napcheck.model.ActionProgress;
import org.napcheck.model.ActionStatus;
import org.napcheck.model.Indicator;
import org.napcheck.model.IndicatorValue;
import org.napcheck.model.Location;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Period;
import org.napcheck.model.Waiver;

/**
 * Draws the monitoring reports of a drafted plan, year by year and body by body, then its waivers.
 */
final class MonitoringDrafter {
  private final Dice dice;
  private final PlanDrafter.Draft draft;
  private final String planId;
  private final Period period;
  private final int years;

  /**
   * @param years how many years of reports to draw, from the plan's first
   */
  MonitoringDrafter(Dice dice, PlanDrafter.Draft draft, int years) {
    this.dice = dice;
    this.draft = draft;
    this.planId = draft.plan().id();
    this.period = draft.plan().period();
    this.years = years;
  }

  List<MonitoringReport> reports() {
    var reports = new ArrayList<MonitoringReport>();
    for (int year = period.start(); year < period.start() + years; year++) {
      for (var entry : draft.actionsByReporter().entrySet()) {
        if (dice.chance(0.08)) {
          continue; // a report that never came
        }
        reports.add(report(entry.getKey(), year, entry.getValue()));
      }
    }
    String firstBody = draft.plan().actors().get(0).code();
    if (dice.chance(0.3)) {
      reports.add(
          new MonitoringReport(
              planId, period.start(), "Agency not in the plan", null, List.of(), List.of()));
    }
    if (dice.chance(0.2)) {
      reports.add(
          new MonitoringReport(
              "OTHER-PLAN", period.start(), firstBody, null, List.of(), List.of()));
    }
    if (dice.chance(0.2)) {
      reports.add(
          new MonitoringReport(planId, period.start() - 1, firstBody, null, List.of(), List.of()));
    }
    return reports;
  }

  private MonitoringReport report(String reporter, int year, List<Action> its) {
    var progress = new ArrayList<ActionProgress>();
    var values = new ArrayList<IndicatorValue>();
    int yearIndex = year - period.start();
    for (Action action : its) {
      if (dice.chance(0.7)) {
        progress.add(new ActionProgress(action.id(), status(yearIndex), null));
      }
      for (Indicator indicator : action.indicators()) {
        if (dice.chance(0.5)) {
          values.add(value(indicator.id()));
        }
      }
    }
    if (dice.chance(0.03) && !draft.actions().isEmpty()) {
      progress.add(new ActionProgress("9.z." + dice.nextInt(9), ActionStatus.ONGOING, null));
    }
    if (dice.chance(0.03)) {
      values.add(IndicatorValue.of("9.z.1-" + dice.nextInt(9), BigDecimal.ONE));
    }
    // Most reports come in February; one in about twenty in July, after either report date a
    // plan may set. Chosen from the reporter and year, not the random source, so that the rest of
    // what a seed generates stays as it was.
    boolean late = Math.floorMod(reporter.hashCode() * 31 + year, 20) == 0;
    LocalDate submitted = LocalDate.of(year + 1, late ? 7 : 2, 10);
    return new MonitoringReport(planId, year, reporter, submitted, progress, values);
  }

  /** Later years have more actions under way and done. */
  private ActionStatus status(int yearIndex) {
    double roll = dice.nextDouble() * (1 + yearIndex * 0.4);
    if (roll < 0.25) {
      return ActionStatus.NOT_STARTED;
    }
    if (roll < 0.8) {
      return dice.chance(0.5) ? ActionStatus.IN_PROGRESS : ActionStatus.ONGOING;
    }
    return dice.chance(0.95) ? ActionStatus.COMPLETED : ActionStatus.CANCELLED;
  }

  private IndicatorValue value(String indicatorId) {
    double roll = dice.nextDouble();
    if (roll < 0.05) {
      return new IndicatorValue(indicatorId, null, "Centre established", Map.of(), null);
    }
    if (roll < 0.1) {
      return IndicatorValue.of(indicatorId, BigDecimal.ZERO);
    }
    int female = dice.nextInt(60);
    int male = dice.nextInt(60);
    if (dice.chance(0.05)) {
      female = dice.chance(0.5) ? 0 : female + 2; // a panel of one sex
      male = female == 0 ? male + 2 : 0;
    }
    int total = female + male;
    if (total == 0) {
      return IndicatorValue.of(indicatorId, BigDecimal.ZERO);
    }
    var breakdown = new LinkedHashMap<String, Map<String, BigDecimal>>();
    if (dice.chance(0.7)) {
      breakdown.put(
          IndicatorValue.SEX,
          Map.of("female", BigDecimal.valueOf(female), "male", BigDecimal.valueOf(male)));
    }
    if (dice.chance(0.3)) {
      int young = dice.nextInt(total + 1);
      breakdown.put(
          IndicatorValue.AGE,
          Map.of("15-24", BigDecimal.valueOf(young), "25+", BigDecimal.valueOf(total - young)));
    }
    int reported = dice.chance(0.04) ? total + 1 + dice.nextInt(5) : total; // does not add up
    return new IndicatorValue(indicatorId, BigDecimal.valueOf(reported), null, breakdown, null);
  }

  /**
   * Up to three waivers of actions' findings, some expired by {@code asOf}, some never expiring.
   */
  List<Waiver> waivers(LocalDate asOf) {
    var waivers = new ArrayList<Waiver>();
    List<Action> actions = draft.actions();
    int count = dice.nextInt(4);
    for (int i = 0; i < count && !actions.isEmpty(); i++) {
      Action action = actions.get(dice.nextInt(actions.size()));
      String rule = dice.chance(0.5) ? "NAP-M001" : dice.chance(0.5) ? "NAP-I004" : "NAP-M007";
      LocalDate expires =
          dice.chance(0.3) ? null : asOf.plusDays(dice.nextInt(400) - 200); // some have expired
      waivers.add(
          new Waiver(
              rule,
              Location.ofPlan(planId).withAction(action.id()),
              "accepted by the steering committee",
              "MFA",
              expires));
    }
    return waivers;
  }
}
