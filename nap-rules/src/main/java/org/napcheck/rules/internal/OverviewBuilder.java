package org.napcheck.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napcheck.model.Overview;
import org.napcheck.rules.facts.ActionFact;
import org.napcheck.rules.facts.ActorFact;
import org.napcheck.rules.facts.CheckContext;
import org.napcheck.rules.facts.IndicatorFact;
import org.napcheck.rules.facts.ReportFact;
import org.napcheck.rules.facts.ReportingYear;
import org.napcheck.rules.facts.ValueFact;

/**
 * Sums up the facts of a check for a dashboard. It reads the same facts, and the same fact methods,
 * as the rules, so that a dashboard and the findings agree (a property test holds them to it): with
 * no monitoring data, no action is called overdue or due soon, as no monitoring finding is made.
 */
public final class OverviewBuilder {
  private OverviewBuilder() {}

  public static Overview overview(List<Object> facts) {
    // One pass over the facts, which are many at scale (a million at 100k actions).
    CheckContext check = null;
    var reports = new ArrayList<ReportFact>();
    var actions = new ArrayList<ActionFact>();
    var actors = new ArrayList<ActorFact>();
    var years = new ArrayList<ReportingYear>();
    var indicators = new ArrayList<IndicatorFact>();
    for (Object fact : facts) {
      if (fact instanceof IndicatorFact indicator) {
        indicators.add(indicator);
      } else if (fact instanceof ActionFact action) {
        actions.add(action);
      } else if (fact instanceof ReportFact report) {
        reports.add(report);
      } else if (fact instanceof ActorFact actor) {
        actors.add(actor);
      } else if (fact instanceof ReportingYear year) {
        years.add(year);
      } else if (fact instanceof CheckContext context && check == null) {
        check = context;
      }
    }
    boolean monitoringGiven = !reports.isEmpty();
    return new Overview(
        actionStates(actions, check, monitoringGiven),
        // With no monitoring data there is no reporting to show, as there are no monitoring
        // findings.
        reports.isEmpty() ? List.of() : reportingStates(actors, years, reports, check.getAsOf()),
        sexDisaggregation(indicators));
  }

  private static List<Overview.ActionState> actionStates(
      List<ActionFact> actions, CheckContext check, boolean monitoringGiven) {
    var states = new ArrayList<Overview.ActionState>();
    for (ActionFact action : actions) {
      states.add(
          new Overview.ActionState(
              action.getId(),
              action.getLocation().pillar(),
              action.getLocation().objective(),
              action.getDueDate(),
              action.isDeadlineStated(),
              monitoringGiven || action.isOpenEnded()
                  ? standing(action, check)
                  : Overview.Standing.NO_DATA,
              action.getLatestReportedStatus()));
    }
    return states;
  }

  private static Overview.Standing standing(ActionFact action, CheckContext check) {
    if (action.isReportedClosed()) {
      return Overview.Standing.DONE;
    }
    if (action.isOpenEnded() || action.isReportedOngoing()) {
      return Overview.Standing.CONTINUOUS;
    }
    if (action.getDueDate().isBefore(check.getAsOf())) {
      return Overview.Standing.OVERDUE;
    }
    if (action.isReportedStarted()) {
      return Overview.Standing.IN_PROGRESS;
    }
    return action.getDueDate().isAfter(check.getDueSoonUntil())
        ? Overview.Standing.NOT_STARTED
        : Overview.Standing.DUE_SOON;
  }

  private static List<Overview.ReportingState> reportingStates(
      List<ActorFact> actors, List<ReportingYear> years, List<ReportFact> reports, LocalDate asOf) {
    // The bodies that reported for each year: one pass over the reports, not one per body and year.
    Map<Integer, Set<String>> reportersByYear = new HashMap<>();
    for (ReportFact report : reports) {
      if (report.isForThisPlan()) {
        reportersByYear
            .computeIfAbsent(report.getYear(), year -> new HashSet<>())
            .add(report.getReporter());
      }
    }
    var states = new ArrayList<Overview.ReportingState>();
    for (ActorFact actor : actors) {
      if (!actor.isReporting()) {
        continue;
      }
      for (ReportingYear year : years) {
        boolean reported =
            reportersByYear.getOrDefault(year.getYear(), Set.of()).stream()
                .anyMatch(actor::isCoveredBy);
        Overview.Reporting state =
            reported
                ? Overview.Reporting.REPORTED
                : year.getReportsDue().isBefore(asOf)
                    ? Overview.Reporting.MISSING
                    : Overview.Reporting.NOT_DUE;
        states.add(new Overview.ReportingState(actor.getCode(), year.getYear(), state));
      }
    }
    return states;
  }

  private static Overview.SexDisaggregation sexDisaggregation(List<IndicatorFact> indicators) {
    int people = 0;
    int asking = 0;
    int reported = 0;
    int bySex = 0;
    for (IndicatorFact indicator : indicators) {
      if (!indicator.isPeople()) {
        continue;
      }
      people++;
      if (indicator.isSexBreakdownAsked()) {
        asking++;
      }
      // Reported: some value is positive; by sex: every positive value is broken down by sex.
      boolean positive = false;
      boolean everyValueBySex = true;
      for (ValueFact value : indicator.getValues()) {
        if (value.isPositive()) {
          positive = true;
          everyValueBySex &= value.isSexBreakdownGiven();
        }
      }
      if (positive) {
        reported++;
        if (everyValueBySex) {
          bySex++;
        }
      }
    }
    return new Overview.SexDisaggregation(people, asking, reported, bySex);
  }
}
