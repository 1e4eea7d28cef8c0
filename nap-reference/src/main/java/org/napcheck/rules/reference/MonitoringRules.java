package org.napcheck.rules.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.napcheck.rules.facts.ActionFact;
import org.napcheck.rules.facts.ActorFact;
import org.napcheck.rules.facts.BreakdownTotal;
import org.napcheck.rules.facts.IndicatorFact;
import org.napcheck.rules.facts.PlanFact;
import org.napcheck.rules.facts.ProgressFact;
import org.napcheck.rules.facts.ReportCoverage;
import org.napcheck.rules.facts.ReportFact;
import org.napcheck.rules.facts.ValueFact;
import org.napcheck.rules.facts.ValuesDue;

/** The rules of monitoring.drl, NAP-M001 to NAP-M011: run only when monitoring data is given. */
final class MonitoringRules {
  private final FactsByType facts;
  private final Recorder recorder;
  private final LocalDate asOf;

  MonitoringRules(FactsByType facts, Recorder recorder) {
    this.facts = facts;
    this.recorder = recorder;
    this.asOf = facts.check().getAsOf();
  }

  void run() {
    m001ActionOverdue();
    m002ActionDueSoonAndNotStarted();
    m003PeopleValueReportedWithNoBreakdownBySex();
    m004BreakdownDoesNotAddUpToTheValue();
    m005YouthValueReportedWithNoBreakdownByAge();
    m006BodyThatMustReportSentNoReportForYearsNowDue();
    m007ReportForAYearLeavesIndicatorsOfTheBodysActionsWithoutAValue();
    if (recorder.fires("NAP-M008")) {
      m008ReportNamesAnActionThePlanDoesNotHave();
      m008ReportNamesAnIndicatorThePlanDoesNotHave();
      m008ReportByAnActorThePlanDoesNotHave();
      m008ReportForAnotherPlan();
    }
    m009ReportForAYearOutsideThePlanPeriod();
    m010AllOneSexWhereThePlanAsksForParity();
    m011ReportSubmittedAfterThePlansReportDate();
  }

  private void m001ActionOverdue() {
    if (!recorder.fires("NAP-M001")) {
      return;
    }
    for (ActionFact action : facts.actions()) {
      if (!action.isOpenEnded()
          && action.getDueDate().isBefore(asOf)
          && !action.isReportedClosedOrOngoing()) {
        recordDeadline(action, action.getDueDate());
      }
    }
  }

  private void m002ActionDueSoonAndNotStarted() {
    if (!recorder.fires("NAP-M002")) {
      return;
    }
    for (ActionFact action : facts.actions()) {
      LocalDate due = action.getDueDate();
      if (!action.isOpenEnded()
          && !due.isBefore(asOf)
          && !due.isAfter(facts.check().getDueSoonUntil())
          && !action.isReportedStarted()) {
        recordDeadline(action, due);
      }
    }
  }

  private void recordDeadline(ActionFact action, LocalDate due) {
    recorder.record(
        action.getLocation(),
        "deadline",
        due,
        "deadlineStated",
        action.isDeadlineStated(),
        "planPeriod",
        action.getPlanPeriodWhereNoDeadline());
  }

  private void m003PeopleValueReportedWithNoBreakdownBySex() {
    if (!recorder.fires("NAP-M003")) {
      return;
    }
    for (ValueFact value : facts.values()) {
      if (value.isPositive() && !value.isSexBreakdownGiven()) {
        for (IndicatorFact indicator : facts.indicatorsOf(value)) {
          if (indicator.isPeople()) {
            recorder.record(
                value.getLocation(),
                "value",
                value.getValue(),
                "inferred",
                indicator.inference(IndicatorFact.PEOPLE));
          }
        }
      }
    }
  }

  private void m004BreakdownDoesNotAddUpToTheValue() {
    if (!recorder.fires("NAP-M004")) {
      return;
    }
    for (ValueFact value : facts.values()) {
      if (value.isBreakdownAddingUp()) {
        continue;
      }
      for (BreakdownTotal breakdown : value.getBreakdownTotals()) {
        if (!breakdown.isAddingUp()) {
          recorder.record(
              breakdown.getLocation(),
              "dimension",
              breakdown.getDimension(),
              "sum",
              breakdown.getTotal().toPlainString(),
              "value",
              breakdown.getValue().toPlainString());
        }
      }
    }
  }

  private void m005YouthValueReportedWithNoBreakdownByAge() {
    if (!recorder.fires("NAP-M005")) {
      return;
    }
    for (ValueFact value : facts.values()) {
      if (value.isPositive() && !value.isAgeBreakdownGiven()) {
        for (IndicatorFact indicator : facts.indicatorsOf(value)) {
          if (indicator.isYouth()) {
            recorder.record(
                value.getLocation(),
                "value",
                value.getValue(),
                "inferred",
                indicator.inference(IndicatorFact.YOUTH));
          }
        }
      }
    }
  }

  private void m006BodyThatMustReportSentNoReportForYearsNowDue() {
    if (!recorder.fires("NAP-M006")) {
      return;
    }
    var uncoveredByBody = new HashMap<String, List<ReportCoverage>>();
    for (ReportCoverage coverage : facts.coverages()) {
      if (!coverage.isCovered() && coverage.getReportsDue().isBefore(asOf)) {
        uncoveredByBody
            .computeIfAbsent(coverage.getBody(), body -> new ArrayList<>())
            .add(coverage);
      }
    }
    for (ActorFact actor : facts.actors()) {
      List<ReportCoverage> missing = uncoveredByBody.getOrDefault(actor.getCode(), List.of());
      if (actor.isReporting() && !missing.isEmpty()) {
        ReportCoverage earliest = ReportCoverage.earliest(missing);
        recorder.record(
            actor.getLocation().withReporter(actor.getCode()),
            "years",
            ReportCoverage.years(missing),
            "count",
            missing.size(),
            "reportsDue",
            earliest.getReportsDueStated(),
            "reportsDueDefault",
            earliest.getReportsDueDefault());
      }
    }
  }

  private void m007ReportForAYearLeavesIndicatorsOfTheBodysActionsWithoutAValue() {
    if (!recorder.fires("NAP-M007")) {
      return;
    }
    for (ReportCoverage coverage : facts.coverages()) {
      if (!coverage.isCovered() || !coverage.getReportsDue().isBefore(asOf)) {
        continue;
      }
      ValuesDue values = facts.valuesDueFrom(coverage.getBody());
      if (values != null && values.missingIn(coverage.getYear())) {
        recorder.record(
            coverage.getLocation(),
            "indicators",
            values.indicatorIdsMissingIn(coverage.getYear()),
            "count",
            values.indicatorCountMissingIn(coverage.getYear()),
            "reportsDue",
            coverage.getReportsDueStated(),
            "reportsDueDefault",
            coverage.getReportsDueDefault());
      }
    }
  }

  private void m008ReportNamesAnActionThePlanDoesNotHave() {
    for (ProgressFact p : facts.progress()) {
      if (!p.isActionInPlan()) {
        recorder.record(p.getLocation(), "kind", "action", "id", p.getActionId());
      }
    }
  }

  private void m008ReportNamesAnIndicatorThePlanDoesNotHave() {
    for (ValueFact value : facts.values()) {
      if (!value.isIndicatorInPlan()) {
        recorder.record(value.getLocation(), "kind", "indicator", "id", value.getIndicatorId());
      }
    }
  }

  private void m008ReportByAnActorThePlanDoesNotHave() {
    for (ReportFact report : facts.reports()) {
      if (!report.isReporterInPlan()) {
        recorder.record(report.getLocation(), "kind", "actor", "id", report.getReporter());
      }
    }
  }

  private void m008ReportForAnotherPlan() {
    for (ReportFact report : facts.reports()) {
      if (!report.getPlan().equals(facts.plan().getId())) {
        recorder.record(report.getLocation(), "kind", "plan", "id", report.getPlan());
      }
    }
  }

  private void m009ReportForAYearOutsideThePlanPeriod() {
    if (!recorder.fires("NAP-M009")) {
      return;
    }
    PlanFact plan = facts.plan();
    for (ReportFact report : facts.reports()) {
      if (report.getYear() < plan.getStartYear() || report.getYear() > plan.getEndYear()) {
        recorder.record(report.getLocation(), "period", plan.getPeriod());
      }
    }
  }

  private void m010AllOneSexWhereThePlanAsksForParity() {
    if (!recorder.fires("NAP-M010")) {
      return;
    }
    for (ValueFact value : facts.values()) {
      if (value.isAllOneSex()) {
        for (IndicatorFact indicator : facts.indicatorsOf(value)) {
          if (indicator.isParityAsked()) {
            recorder.record(
                value.getLocation(),
                "female",
                value.sexCount("female").toPlainString(),
                "male",
                value.sexCount("male").toPlainString(),
                "inferred",
                indicator.inference(IndicatorFact.PARITY));
          }
        }
      }
    }
  }

  private void m011ReportSubmittedAfterThePlansReportDate() {
    if (!recorder.fires("NAP-M011")) {
      return;
    }
    for (ReportFact report : facts.reports()) {
      if (report.isForThisPlan() && report.isLate()) {
        recorder.record(
            report.getLocation(),
            "submitted",
            report.getSubmitted(),
            "due",
            report.getDueStated(),
            "daysLate",
            report.getDaysLate());
      }
    }
  }
}
