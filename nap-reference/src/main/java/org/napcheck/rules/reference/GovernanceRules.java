package org.napcheck.rules.reference;

import org.napcheck.rules.facts.PlanFact;
import org.napcheck.rules.facts.ResolutionCoverage;

/** The rules of governance.drl, NAP-G001 to NAP-G004. */
final class GovernanceRules {
  private final FactsByType facts;
  private final Recorder recorder;

  GovernanceRules(FactsByType facts, Recorder recorder) {
    this.facts = facts;
    this.recorder = recorder;
  }

  void run() {
    PlanFact plan = facts.plan();
    g001PlanStatesNoBudget(plan);
    g002PlanStatesNoMonitoringScheduleOrCoordinator(plan);
    g003PlanGivesCivilSocietyNoRoleInMonitoring(plan);
    g004ResolutionOfTheAgendaThePlanDoesNotCover(plan);
  }

  private void g001PlanStatesNoBudget(PlanFact plan) {
    if (recorder.fires("NAP-G001") && !plan.isBudgetStated()) {
      recorder.record(plan.getLocation());
    }
  }

  private void g002PlanStatesNoMonitoringScheduleOrCoordinator(PlanFact plan) {
    String frequency = plan.getMonitoringFrequency();
    String coordinator = plan.getMonitoringCoordinator();
    if (recorder.fires("NAP-G002") && (frequency == null || coordinator == null)) {
      recorder.record(
          plan.getLocation(),
          "missing",
          frequency == null && coordinator == null
              ? "schedule, coordinator"
              : frequency == null ? "schedule" : "coordinator");
    }
  }

  private void g003PlanGivesCivilSocietyNoRoleInMonitoring(PlanFact plan) {
    if (recorder.fires("NAP-G003") && !plan.isCivilSocietyInMonitoring()) {
      recorder.record(plan.getLocation());
    }
  }

  private void g004ResolutionOfTheAgendaThePlanDoesNotCover(PlanFact plan) {
    if (!recorder.fires("NAP-G004")) {
      return;
    }
    for (ResolutionCoverage resolution : facts.resolutions()) {
      if (!resolution.isCovered()) {
        recorder.record(
            plan.getLocation(),
            "resolution",
            resolution.getResolution(),
            "year",
            resolution.getYear(),
            "covered",
            resolution.getOthersCovered());
      }
    }
  }
}
