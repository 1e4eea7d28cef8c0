package org.napcheck.rules.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.napcheck.rules.facts.ActionFact;
import org.napcheck.rules.facts.ActorFact;
import org.napcheck.rules.facts.CheckContext;
import org.napcheck.rules.facts.IndicatorFact;
import org.napcheck.rules.facts.ObjectiveFact;
import org.napcheck.rules.facts.PillarFact;
import org.napcheck.rules.facts.PlanFact;
import org.napcheck.rules.facts.PlanItem;
import org.napcheck.rules.facts.ProgressFact;
import org.napcheck.rules.facts.ReportCoverage;
import org.napcheck.rules.facts.ReportFact;
import org.napcheck.rules.facts.ReportingYear;
import org.napcheck.rules.facts.RequiredTheme;
import org.napcheck.rules.facts.ResolutionCoverage;
import org.napcheck.rules.facts.Responsibility;
import org.napcheck.rules.facts.SimilarActions;
import org.napcheck.rules.facts.ValueFact;
import org.napcheck.rules.facts.ValuesDue;
import org.napcheck.rules.facts.WaiverFact;

/** One check's facts, sorted by type, in the order {@code FactBuilder} made them. */
final class FactsByType {
  private final CheckContext check;
  private final PlanFact plan;
  private final List<RequiredTheme> themes = new ArrayList<>();
  private final List<PillarFact> pillars = new ArrayList<>();
  private final List<ObjectiveFact> objectives = new ArrayList<>();
  private final List<ActionFact> actions = new ArrayList<>();
  private final List<Responsibility> responsibilities = new ArrayList<>();
  private final List<IndicatorFact> indicators = new ArrayList<>();
  private final List<PlanItem> items = new ArrayList<>();
  private final List<ActorFact> actors = new ArrayList<>();
  private final List<ReportFact> reports = new ArrayList<>();
  private final List<ProgressFact> progress = new ArrayList<>();
  private final List<ValueFact> values = new ArrayList<>();
  private final List<WaiverFact> waivers = new ArrayList<>();
  private final List<ReportCoverage> coverages = new ArrayList<>();
  private final Map<String, ValuesDue> valuesDueBySupplier = new HashMap<>();
  private final List<SimilarActions> similarActions = new ArrayList<>();
  private final List<ResolutionCoverage> resolutions = new ArrayList<>();

  /** Indicator facts by id: several when the plan gives two indicators the same id. */
  private final Map<String, List<IndicatorFact>> indicatorsById = new HashMap<>();

  FactsByType(List<Object> facts) {
    CheckContext checkFound = null;
    PlanFact planFound = null;
    for (Object fact : facts) {
      if (fact instanceof PlanItem item) {
        items.add(item);
      }
      if (fact instanceof CheckContext context) {
        checkFound = context;
      } else if (fact instanceof PlanFact planFact) {
        planFound = planFact;
      } else {
        add(fact);
      }
    }
    this.check = checkFound;
    this.plan = planFound;
  }

  private void add(Object fact) {
    if (fact instanceof RequiredTheme theme) {
      themes.add(theme);
    } else if (fact instanceof ReportingYear) {
      // read by the overview alone, which OverviewBuilder makes from the facts
    } else if (fact instanceof PillarFact pillar) {
      pillars.add(pillar);
    } else if (fact instanceof ObjectiveFact objective) {
      objectives.add(objective);
    } else if (fact instanceof ActionFact action) {
      actions.add(action);
    } else if (fact instanceof Responsibility responsibility) {
      responsibilities.add(responsibility);
    } else if (fact instanceof IndicatorFact indicator) {
      indicators.add(indicator);
      indicatorsById.computeIfAbsent(indicator.getId(), id -> new ArrayList<>(1)).add(indicator);
    } else if (fact instanceof ActorFact actor) {
      actors.add(actor);
    } else if (fact instanceof ReportFact report) {
      reports.add(report);
      values.addAll(report.getValues());
    } else if (fact instanceof ProgressFact p) {
      progress.add(p);
    } else if (fact instanceof WaiverFact waiver) {
      waivers.add(waiver);
    } else if (fact instanceof ReportCoverage coverage) {
      coverages.add(coverage);
    } else if (fact instanceof ValuesDue value) {
      valuesDueBySupplier.put(value.getSupplier(), value);
    } else if (fact instanceof SimilarActions similar) {
      similarActions.add(similar);
    } else if (fact instanceof ResolutionCoverage coverage) {
      resolutions.add(coverage);
    } else {
      throw new IllegalArgumentException("a fact the reference does not know: " + fact);
    }
  }

  CheckContext check() {
    return check;
  }

  PlanFact plan() {
    return plan;
  }

  List<RequiredTheme> themes() {
    return themes;
  }

  List<PillarFact> pillars() {
    return pillars;
  }

  List<ObjectiveFact> objectives() {
    return objectives;
  }

  List<ActionFact> actions() {
    return actions;
  }

  List<Responsibility> responsibilities() {
    return responsibilities;
  }

  List<IndicatorFact> indicators() {
    return indicators;
  }

  /**
   * The facts of pillars, objectives, actions, indicators and actors alike, as items with an id.
   */
  List<PlanItem> items() {
    return items;
  }

  List<ActorFact> actors() {
    return actors;
  }

  List<ReportFact> reports() {
    return reports;
  }

  List<ProgressFact> progress() {
    return progress;
  }

  List<ValueFact> values() {
    return values;
  }

  List<WaiverFact> waivers() {
    return waivers;
  }

  List<ReportCoverage> coverages() {
    return coverages;
  }

  /** The values due from {@code supplier}; {@code null} if none are. */
  ValuesDue valuesDueFrom(String supplier) {
    return valuesDueBySupplier.get(supplier);
  }

  List<SimilarActions> similarActions() {
    return similarActions;
  }

  List<ResolutionCoverage> resolutions() {
    return resolutions;
  }

  /** The indicators a value is for: none if the plan has no such indicator, several if shared. */
  List<IndicatorFact> indicatorsOf(ValueFact value) {
    return indicatorsById.getOrDefault(value.getIndicatorId(), List.of());
  }
}
