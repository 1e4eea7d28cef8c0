package org.napcheck.rules.facts;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napcheck.model.Location;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;

/** The facts of a check's monitoring data: the reports, and what the plan asked them to give. */
final class MonitoringFacts {

  private MonitoringFacts() {}

  /** An indicator of an action, and the bodies that must supply its values. */
  record Duty(String indicatorId, Location location, String actionId, List<String> suppliers) {}

  /**
   * A fact for each report, which carries the values it gives; a fact for each action's progress it
   * gives where the plan has no such action (NAP-M008). With {@code everyFact}, a fact too for each
   * value and for every action's progress, for rules of one's own.
   *
   * @return the values given for each indicator of the plan, by its id, in the order of the reports
   */
  static Map<String, List<ValueFact>> addReports(
      Plan plan,
      List<MonitoringReport> reports,
      MonthDay stated,
      Map<String, Location> actionLocations,
      Map<String, Location> indicatorLocations,
      Set<String> bodiesNamed,
      boolean everyFact,
      List<Object> facts) {
    var planLocation = Location.ofPlan(plan.id());
    var valuesByIndicator = new HashMap<String, List<ValueFact>>();
    for (MonitoringReport report : reports) {
      var reportLocation = planLocation.withYear(report.year()).withReporter(report.reporter());
      boolean forThisPlan = report.plan().equals(plan.id());
      LocalDate due = stated == null ? null : stated.atYear(report.year() + 1);
      List<ValueFact> values =
          forThisPlan
              ? valueFacts(report, planLocation, indicatorLocations, valuesByIndicator)
              : List.of();
      facts.add(
          new ReportFact(
              report,
              forThisPlan,
              bodiesNamed.contains(report.reporter()),
              due,
              values,
              reportLocation));
      if (everyFact) {
        facts.addAll(values);
      }
      if (!forThisPlan) {
        continue;
      }
      for (var progress : report.actions()) {
        Location inPlan = actionLocations.get(progress.action());
        if (inPlan != null && !everyFact) {
          continue;
        }
        var location =
            (inPlan != null ? inPlan : planLocation.withAction(progress.action()))
                .withYear(report.year())
                .withReporter(report.reporter());
        facts.add(
            new ProgressFact(
                progress.action(),
                progress.status(),
                report.year(),
                report.reporter(),
                location,
                inPlan != null));
      }
    }
    return valuesByIndicator;
  }

  private static List<ValueFact> valueFacts(
      MonitoringReport report,
      Location planLocation,
      Map<String, Location> indicatorLocations,
      Map<String, List<ValueFact>> valuesByIndicator) {
    var values = new ArrayList<ValueFact>(report.values().size());
    for (var value : report.values()) {
      Location inPlan = indicatorLocations.get(value.indicator());
      var indicatorLocation =
          inPlan != null ? inPlan : planLocation.withIndicator(value.indicator());
      var fact =
          new ValueFact(value, report.year(), report.reporter(), indicatorLocation, inPlan != null);
      values.add(fact);
      if (inPlan != null) {
        valuesByIndicator.computeIfAbsent(value.indicator(), id -> new ArrayList<>(2)).add(fact);
      }
    }
    return List.copyOf(values);
  }

  /**
   * What the reports owed by the time of a check: for each body that must report and each year of
   * the plan whose reports are due before {@code asOf}, whether a report covers it; for each
   * indicator, such year and body that must supply its value, whether some report gives it. Years
   * not yet due ask nothing, and get no fact: as of the plan's second year, two years in six.
   */
  static final class Duties {
    private final Plan plan;
    private final MonthDay reportDue;
    private final boolean reportDueStated;
    private final int lastYearDue;
    private final Map<Integer, Set<String>> reportersByYear = new HashMap<>();

    /**
     * @param reportDue the day of year Y+1 by which the report for year Y is due
     * @param reportDueStated whether the plan states that day
     */
    Duties(
        Plan plan,
        List<MonitoringReport> reports,
        LocalDate asOf,
        MonthDay reportDue,
        boolean reportDueStated) {
      this.plan = plan;
      this.reportDue = reportDue;
      this.reportDueStated = reportDueStated;
      for (MonitoringReport report : reports) {
        if (report.plan().equals(plan.id())) {
          add(report);
        }
      }
      int last = plan.period().start() - 1;
      while (last < plan.period().end() && reportDue.atYear(last + 2).isBefore(asOf)) {
        last++;
      }
      this.lastYearDue = last;
    }

    private void add(MonitoringReport report) {
      reportersByYear
          .computeIfAbsent(report.year(), year -> new HashSet<>())
          .add(report.reporter());
    }

    /** For each body that must report and each year due, whether a report covers it. */
    void addCoverage(List<ActorFact> actors, List<Object> facts) {
      var planLocation = Location.ofPlan(plan.id());
      for (ActorFact actor : actors) {
        if (actor.isReporting()) {
          for (int year = plan.period().start(); year <= lastYearDue; year++) {
            boolean covered =
                reportersByYear.getOrDefault(year, Set.of()).stream().anyMatch(actor::isCoveredBy);
            facts.add(
                new ReportCoverage(
                    actor.getCode(),
                    year,
                    reportDue.atYear(year + 1),
                    reportDueStated,
                    covered,
                    planLocation.withYear(year).withReporter(actor.getCode())));
          }
        }
      }
    }

    /**
     * For each body, the values it owes: the indicators it supplies and their years due.
     *
     * @param valuesByIndicator the values the reports give for each indicator of the plan, by id
     */
    void addValuesDue(
        List<Duty> duties,
        Map<String, ReportedProgress> progress,
        Map<String, List<ValueFact>> valuesByIndicator,
        List<Object> facts) {
      if (lastYearDue < plan.period().start()) {
        return;
      }
      var bySupplier = new LinkedHashMap<String, List<ValuesDue.Due>>();
      for (Duty duty : duties) {
        var due =
            new ValuesDue.Due(
                duty.indicatorId(),
                duty.location(),
                valuesByIndicator.getOrDefault(duty.indicatorId(), List.of()),
                progress.getOrDefault(duty.actionId(), ReportedProgress.NONE).closedIn());
        for (String supplier : duty.suppliers()) {
          bySupplier.computeIfAbsent(supplier, code -> new ArrayList<>()).add(due);
        }
      }
      bySupplier.forEach((supplier, dues) -> facts.add(new ValuesDue(supplier, dues)));
    }
  }
}
