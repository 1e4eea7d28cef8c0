package org.napcheck.rules.reference;

import java.util.List;
import org.napcheck.rules.facts.IndicatorFact;
import org.napcheck.rules.facts.PlanFact;

/** The rules of indicators.drl, NAP-I001 to NAP-I005. */
final class IndicatorRules {
  private final FactsByType facts;
  private final Recorder recorder;

  IndicatorRules(FactsByType facts, Recorder recorder) {
    this.facts = facts;
    this.recorder = recorder;
  }

  void run() {
    i001PeopleIndicatorAsksForNoBreakdownBySex();
    i002YouthIndicatorAsksForNoBreakdownByAge();
    i003IndicatorThatCannotBeMeasured();
    i005IndicatorCountsOneSexOnly();
    if (recorder.fires("NAP-I004")) {
      if (facts.plan().isBaselineOrTargetStated()) {
        i004QuantitativeIndicatorWithNoBaselineOrNoTarget();
      } else {
        i004PlanWhereNoIndicatorStatesABaselineOrATarget();
      }
    }
  }

  private void i001PeopleIndicatorAsksForNoBreakdownBySex() {
    if (!recorder.fires("NAP-I001")) {
      return;
    }
    for (IndicatorFact indicator : facts.indicators()) {
      if (indicator.isPeople()
          && !indicator.isSexBreakdownAsked()
          && !indicator.isOneSexCounted()) {
        recorder.record(
            indicator.getLocation(),
            "text",
            indicator.getText(),
            "inferred",
            indicator.inference(IndicatorFact.PEOPLE, IndicatorFact.SEX_BREAKDOWN));
      }
    }
  }

  private void i002YouthIndicatorAsksForNoBreakdownByAge() {
    if (!recorder.fires("NAP-I002")) {
      return;
    }
    for (IndicatorFact indicator : facts.indicators()) {
      if (indicator.isYouth() && !indicator.isAgeBreakdownAsked()) {
        recorder.record(
            indicator.getLocation(),
            "text",
            indicator.getText(),
            "inferred",
            indicator.inference(IndicatorFact.YOUTH, IndicatorFact.AGE_BREAKDOWN));
      }
    }
  }

  private void i003IndicatorThatCannotBeMeasured() {
    if (!recorder.fires("NAP-I003")) {
      return;
    }
    for (IndicatorFact indicator : facts.indicators()) {
      if (!indicator.isMeasurable()) {
        recorder.record(
            indicator.getLocation(),
            "text",
            indicator.getText(),
            "inferred",
            indicator.inference(IndicatorFact.MEASURABLE));
      }
    }
  }

  private void i005IndicatorCountsOneSexOnly() {
    if (!recorder.fires("NAP-I005")) {
      return;
    }
    for (IndicatorFact indicator : facts.indicators()) {
      if (indicator.isPeople() && indicator.isOneSexCounted() && !indicator.isSexBreakdownAsked()) {
        recorder.record(
            indicator.getLocation(),
            "text",
            indicator.getText(),
            "inferred",
            indicator.inference(IndicatorFact.ONE_SEX));
      }
    }
  }

  /** Where some indicator of the plan states a baseline or a target, each that lacks one. */
  private void i004QuantitativeIndicatorWithNoBaselineOrNoTarget() {
    for (IndicatorFact indicator : facts.indicators()) {
      boolean baseline = indicator.isBaselineStated();
      boolean target = indicator.isTargetStated();
      if (indicator.isQuantitative() && (!baseline || !target)) {
        recorder.record(
            indicator.getLocation(),
            "text",
            indicator.getText(),
            "missing",
            !baseline && !target ? "baseline, target" : !baseline ? "baseline" : "target",
            "inferred",
            indicator.inference(IndicatorFact.QUANTITATIVE));
      }
    }
  }

  /** Where no indicator states a baseline or a target, one finding for the plan. */
  private void i004PlanWhereNoIndicatorStatesABaselineOrATarget() {
    List<IndicatorFact> quantitative =
        facts.indicators().stream().filter(IndicatorFact::isQuantitative).toList();
    if (!quantitative.isEmpty()) {
      PlanFact plan = facts.plan();
      recorder.record(
          plan.getLocation(),
          "indicators",
          IndicatorFact.ids(quantitative),
          "count",
          quantitative.size());
    }
  }
}
