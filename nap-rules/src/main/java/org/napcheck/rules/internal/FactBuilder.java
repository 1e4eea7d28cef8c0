package org.napcheck.rules.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.napcheck.model.Action;
import org.napcheck.model.Actor;
import org.napcheck.model.Indicator;
import org.napcheck.model.Location;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.model.Theme;
import org.napcheck.model.Waiver;
import org.napcheck.rules.facts.ActionFact;
import org.napcheck.rules.facts.ActorFact;
import org.napcheck.rules.facts.BreakdownTotal;
import org.napcheck.rules.facts.CheckContext;
import org.napcheck.rules.facts.IndicatorFact;
import org.napcheck.rules.facts.ObjectiveFact;
import org.napcheck.rules.facts.PillarFact;
import org.napcheck.rules.facts.PlanFact;
import org.napcheck.rules.facts.PlanItem;
import org.napcheck.rules.facts.ProgressFact;
import org.napcheck.rules.facts.ReportFact;
import org.napcheck.rules.facts.ReportingYear;
import org.napcheck.rules.facts.RequiredTheme;
import org.napcheck.rules.facts.Responsibility;
import org.napcheck.rules.facts.ValueFact;
import org.napcheck.rules.facts.WaiverFact;

/** Turns a plan, its monitoring reports and the check's inputs into the facts the rules match. */
public final class FactBuilder {
  /** The four pillars of the WPS agenda that every plan must cover (UNSCR 1325). */
  private static final List<Theme> REQUIRED_THEMES =
      List.of(Theme.PARTICIPATION, Theme.PREVENTION, Theme.PROTECTION, Theme.RELIEF_RECOVERY);

  private final TextInference inference;
  private final MonthDay defaultReportDue;

  /**
   * @param defaultReportDue the day of year Y+1 by which the report for year Y is due, where the
   *     plan does not say
   */
  public FactBuilder(TextInference inference, MonthDay defaultReportDue) {
    this.inference = inference;
    this.defaultReportDue = defaultReportDue;
  }

  public List<Object> facts(
      Plan plan,
      List<MonitoringReport> reports,
      List<Waiver> waivers,
      LocalDate asOf,
      LocalDate dueSoonUntil) {
    var facts = new ArrayList<Object>();
    facts.add(new CheckContext(asOf, dueSoonUntil));
    facts.add(new PlanFact(plan));
    REQUIRED_THEMES.forEach(theme -> facts.add(new RequiredTheme(theme)));
    addReportingYears(plan, facts);

    var planLocation = Location.ofPlan(plan.id());
    var knownCodes = new HashSet<String>();
    plan.actors().forEach(actor -> knownCodes.add(actor.code()));
    var responsibleCodes = new HashSet<String>();
    var actionLocations = new HashMap<String, Location>();
    var indicatorLocations = new HashMap<String, Location>();
    int position = 0;

    for (Pillar pillar : plan.pillars()) {
      var pillarLocation = planLocation.withPillar(pillar.id());
      Set<Theme> themes = inference.themesOf(pillar);
      facts.add(new PillarFact(pillar, themes, pillar.themes().isEmpty(), pillarLocation));
      facts.add(new PlanItem("pillar", pillar.id(), position++, pillarLocation));
      for (Objective objective : pillar.objectives()) {
        var objectiveLocation = pillarLocation.withObjective(objective.id());
        facts.add(new ObjectiveFact(objective, objectiveLocation));
        facts.add(new PlanItem("objective", objective.id(), position++, objectiveLocation));
        for (Action action : objective.actions()) {
          var actionLocation = objectiveLocation.withAction(action.id());
          actionLocations.putIfAbsent(action.id(), actionLocation);
          facts.add(actionFact(plan, action, actionLocation));
          facts.add(new PlanItem("action", action.id(), position++, actionLocation));
          for (String code : action.responsible()) {
            boolean everyone = isEveryone(code);
            if (!everyone) {
              responsibleCodes.add(code);
            }
            String closest =
                everyone || knownCodes.contains(code) ? null : closest(code, plan.actors());
            facts.add(new Responsibility(action.id(), code, everyone, closest, actionLocation));
          }
          Optional<String> parityInAction = inference.parityWords(action);
          for (Indicator indicator : action.indicators()) {
            var indicatorLocation = actionLocation.withIndicator(indicator.id());
            indicatorLocations.putIfAbsent(indicator.id(), indicatorLocation);
            facts.add(indicatorFact(indicator, action, parityInAction, indicatorLocation));
            facts.add(new PlanItem("indicator", indicator.id(), position++, indicatorLocation));
          }
        }
      }
    }
    addActors(plan, responsibleCodes, planLocation, position, facts);
    addSimilarActions(plan, facts);
    facts.addAll(AgendaResolutions.coverage(plan));
    addReports(plan, reports, actionLocations, indicatorLocations, facts);
    waivers.forEach(waiver -> facts.add(new WaiverFact(waiver)));
    return facts;
  }

  /**
   * Whether a responsible entry gives the action to everyone: "All", "All ministries", "All
   * diplomatic missions", "Tous les ministères"... These are recognised words, not actors.
   */
  static boolean isEveryone(String code) {
    String first = code.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return first.equals("all") || first.equals("tous") || first.equals("toutes");
  }

  private ActionFact actionFact(Plan plan, Action action, Location location) {
    LocalDate due = action.deadline() != null ? action.deadline().date() : plan.period().lastDay();
    boolean continuous;
    String inferredFrom = null;
    if (action.continuous() != null) {
      continuous = action.continuous();
    } else {
      inferredFrom = inference.continuousFrom(action).orElse(null);
      continuous = inferredFrom != null;
    }
    return new ActionFact(action, due, continuous, inferredFrom, location);
  }

  private IndicatorFact indicatorFact(
      Indicator indicator, Action action, Optional<String> parityInAction, Location location) {
    TextInference.IndicatorProfile profile = inference.profile(indicator, action, parityInAction);
    return new IndicatorFact(
        indicator,
        location,
        profile.people(),
        profile.youth(),
        profile.sexBreakdownAsked(),
        profile.ageBreakdownAsked(),
        profile.parityAsked(),
        profile.measurable(),
        profile.quantitative(),
        profile.inferences());
  }

  private void addReportingYears(Plan plan, List<Object> facts) {
    MonthDay due = plan.monitoringSetup().map(MonitoringSetup::reportDue).orElse(null);
    MonthDay reportDue = due != null ? due : defaultReportDue;
    for (int year = plan.period().start(); year <= plan.period().end(); year++) {
      facts.add(new ReportingYear(year, reportDue.atYear(year + 1)));
    }
  }

  /** Actions that repeat an earlier one (NAP-P010), found without comparing every pair. */
  private static void addSimilarActions(Plan plan, List<Object> facts) {
    var entries = new ArrayList<DuplicateActions.Entry>();
    var planLocation = Location.ofPlan(plan.id());
    for (Pillar pillar : plan.pillars()) {
      for (Objective objective : pillar.objectives()) {
        var objectiveLocation = planLocation.withPillar(pillar.id()).withObjective(objective.id());
        for (Action action : objective.actions()) {
          entries.add(
              new DuplicateActions.Entry(
                  action.id(),
                  action.text(),
                  action.responsible(),
                  objectiveLocation.withAction(action.id())));
        }
      }
    }
    facts.addAll(DuplicateActions.find(entries));
  }

  private static void addActors(
      Plan plan,
      Set<String> responsibleCodes,
      Location planLocation,
      int position,
      List<Object> facts) {
    Map<String, Actor> byCode = new HashMap<>();
    plan.actors().forEach(actor -> byCode.putIfAbsent(actor.code(), actor));
    for (Actor actor : plan.actors()) {
      var reportingCodes = new LinkedHashSet<String>();
      for (Actor current = actor;
          current != null && reportingCodes.add(current.code());
          current = current.parent() == null ? null : byCode.get(current.parent())) {
        // Walks up the parents; a cycle stops it, as add returns false.
      }
      var location = planLocation.withActor(actor.code());
      facts.add(
          new ActorFact(
              actor.code(),
              actor.name(),
              responsibleCodes.contains(actor.code()),
              reportingCodes,
              location));
      facts.add(new PlanItem("actor", actor.code(), position++, location));
    }
  }

  private static void addReports(
      Plan plan,
      List<MonitoringReport> reports,
      Map<String, Location> actionLocations,
      Map<String, Location> indicatorLocations,
      List<Object> facts) {
    var planLocation = Location.ofPlan(plan.id());
    for (MonitoringReport report : reports) {
      var reportLocation = planLocation.withYear(report.year()).withReporter(report.reporter());
      boolean forThisPlan = report.plan().equals(plan.id());
      facts.add(new ReportFact(report, forThisPlan, reportLocation));
      if (!forThisPlan) {
        continue;
      }
      for (var progress : report.actions()) {
        var location =
            actionLocations
                .getOrDefault(progress.action(), planLocation.withAction(progress.action()))
                .withYear(report.year())
                .withReporter(report.reporter());
        facts.add(
            new ProgressFact(
                progress.action(), progress.status(), report.year(), report.reporter(), location));
      }
      for (var value : report.values()) {
        var location =
            indicatorLocations
                .getOrDefault(value.indicator(), planLocation.withIndicator(value.indicator()))
                .withYear(report.year())
                .withReporter(report.reporter());
        facts.add(new ValueFact(value, report.year(), report.reporter(), location));
        value.breakdown().keySet().stream()
            .sorted()
            .forEach(
                dimension ->
                    value
                        .totalBy(dimension)
                        .ifPresent(
                            total ->
                                facts.add(
                                    new BreakdownTotal(
                                        value.indicator(),
                                        dimension,
                                        total,
                                        value.value(),
                                        location))));
      }
    }
  }

  /**
   * The code among the plan's actors closest to {@code code}, if one is close enough to suggest.
   */
  static String closest(String code, List<Actor> actors) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String wanted = code.toLowerCase(Locale.ROOT);
    for (Actor actor : actors) {
      int distance = Levenshtein.distance(wanted, actor.code().toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = actor.code();
        bestDistance = distance;
      }
    }
    int tolerated = Math.max(2, code.length() / 3);
    return bestDistance <= tolerated ? best : null;
  }
}
