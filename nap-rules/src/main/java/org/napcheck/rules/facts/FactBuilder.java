package org.napcheck.rules.facts;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.napcheck.model.Action;
import org.napcheck.model.Indicator;
import org.napcheck.model.Location;
import org.napcheck.model.Measure;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.model.Theme;
import org.napcheck.model.Waiver;
import org.napcheck.rules.internal.AgendaResolutions;
import org.napcheck.rules.internal.DuplicateActions;
import org.napcheck.rules.internal.Messages;
import org.napcheck.rules.internal.TextInference;
import org.napcheck.rules.internal.TextReadings;

/**
 * Turns a plan, its monitoring reports and the check's inputs into the facts the rules match. The
 * facts' constructors are not public: this is the one way to make them (to run rules in a session
 * of one's own, say). Thread-safe: a checker shares one across its checks, and it keeps what it
 * read in texts across them.
 */
public final class FactBuilder {
  /** The four pillars of the WPS agenda that every plan must cover (UNSCR 1325). */
  private static final List<Theme> REQUIRED_THEMES =
      List.of(Theme.PARTICIPATION, Theme.PREVENTION, Theme.PROTECTION, Theme.RELIEF_RECOVERY);

  /** How many readings of each kind a checker keeps across checks (a few MB at most). */
  private static final int READINGS_KEPT = 20_000;

  private final TextInference inference;
  private final MonthDay defaultReportDue;
  private final TextReadings<ProfileKey, TextInference.IndicatorProfile> profiles =
      new TextReadings<>(READINGS_KEPT);
  private final TextReadings<String, Optional<String>> continuousWords =
      new TextReadings<>(READINGS_KEPT);
  private final TextReadings<String, Optional<String>> parityWords =
      new TextReadings<>(READINGS_KEPT);
  private final TextReadings<String, List<AgendaResolutions.Resolution>> resolutionsAddressed =
      new TextReadings<>(READINGS_KEPT);
  private final TextReadings<String, List<String>> committedWords =
      new TextReadings<>(READINGS_KEPT);

  /**
   * @param locale the language of what the facts explain (what an indicator was inferred to
   *     measure, and from which words): English or French
   * @param defaultReportDue the day of year Y+1 by which the report for year Y is due, where the
   *     plan does not say
   */
  public FactBuilder(Locale locale, MonthDay defaultReportDue) {
    this.inference = new TextInference(new Messages(Objects.requireNonNull(locale, "locale")));
    this.defaultReportDue = Objects.requireNonNull(defaultReportDue, "defaultReportDue");
  }

  /**
   * Every fact of a check, for rules of one's own as well as napcheck's: those napcheck's rules
   * read, and those they read from another fact instead, which other rules may want (a {@link
   * ProgressFact} for each action a report names that the plan has, a {@link Responsibility} for
   * each responsible entry that names a body of the plan's list or gives the action to everyone).
   */
  public List<Object> facts(
      Plan plan,
      List<MonitoringReport> reports,
      List<Waiver> waivers,
      LocalDate asOf,
      LocalDate dueSoonUntil) {
    return facts(plan, reports, waivers, asOf, dueSoonUntil, id -> true, true);
  }

  /**
   * The facts that napcheck's own rules whose id {@code applies} accepts read: the facts only
   * switched-off rules would read are not made (the pairs of similar actions of NAP-P010, the
   * resolutions of NAP-G004, the values due of NAP-M007...), nor those no rule of napcheck's reads
   * (see the five-argument form, for rules of one's own).
   */
  public List<Object> facts(
      Plan plan,
      List<MonitoringReport> reports,
      List<Waiver> waivers,
      LocalDate asOf,
      LocalDate dueSoonUntil,
      Predicate<String> applies) {
    return facts(plan, reports, waivers, asOf, dueSoonUntil, applies, false);
  }

  private List<Object> facts(
      Plan plan,
      List<MonitoringReport> reports,
      List<Waiver> waivers,
      LocalDate asOf,
      LocalDate dueSoonUntil,
      Predicate<String> applies,
      boolean everyFact) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(waivers, "waivers");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(dueSoonUntil, "dueSoonUntil");
    Objects.requireNonNull(applies, "applies");
    // Inference reads each distinct text once per checker (TextReadings): plans repeat texts, and
    // checks repeat plans.
    var facts = new ArrayList<Object>();
    facts.add(new CheckContext(asOf, dueSoonUntil));
    var planFact = new PlanFact(plan);
    facts.add(planFact);
    REQUIRED_THEMES.forEach(theme -> facts.add(new RequiredTheme(theme)));
    MonthDay statedReportDue = plan.monitoringSetup().map(MonitoringSetup::reportDue).orElse(null);
    addReportingYears(plan, statedReportDue, facts);

    var planLocation = Location.ofPlan(plan.id());
    var walk =
        new ItemWalk(
            plan, planFact, ReportedProgress.byAction(plan.id(), reports), everyFact, facts);
    plan.pillars().forEach(walk::pillar);
    var reportingCodes = new HashSet<>(walk.responsibleCodes);
    walk.duties.forEach(duty -> reportingCodes.addAll(duty.suppliers()));
    List<ActorFact> actors =
        Bodies.addActors(
            plan, walk.responsibleCodes, reportingCodes, planLocation, walk.position, facts);
    if (everyFact || applies.test("NAP-P007")) {
      markSharedIds(facts);
    }
    if (applies.test("NAP-P010")) {
      addSimilarActions(plan, facts);
    }
    if (applies.test("NAP-G004")) {
      addResolutionCoverage(plan, facts);
    }
    Map<String, List<ValueFact>> valuesByIndicator =
        MonitoringFacts.addReports(
            plan,
            reports,
            statedReportDue,
            walk.actionLocations,
            walk.indicatorLocations,
            Bodies.named(walk.knownCodes, walk.responsibleCodes),
            everyFact,
            facts);
    for (IndicatorFact indicator : walk.indicators) {
      indicator.setValues(valuesByIndicator.getOrDefault(indicator.getId(), List.of()));
    }
    if (!reports.isEmpty()) {
      // Without monitoring data no rule reads them: the monitoring rules are not applied.
      addDuties(
          plan, reports, asOf, statedReportDue, actors, walk, valuesByIndicator, applies, facts);
    }
    waivers.forEach(waiver -> facts.add(new WaiverFact(waiver)));
    return facts;
  }

  /** Marks the plan items that share their kind and comparable id with another (NAP-P007). */
  private static void markSharedIds(List<Object> facts) {
    var firstByKind = new HashMap<String, Map<String, PlanItem>>();
    for (Object fact : facts) {
      if (fact instanceof PlanItem item) {
        PlanItem first =
            firstByKind
                .computeIfAbsent(item.getKind(), kind -> new HashMap<>())
                .putIfAbsent(item.getComparableId(), item);
        if (first != null) {
          first.markIdShared();
          item.markIdShared();
        }
      }
    }
  }

  /** What the reports owed as of {@code asOf}: NAP-M006's coverage, NAP-M007's values due. */
  private void addDuties(
      Plan plan,
      List<MonitoringReport> reports,
      LocalDate asOf,
      MonthDay statedReportDue,
      List<ActorFact> actors,
      ItemWalk walk,
      Map<String, List<ValueFact>> valuesByIndicator,
      Predicate<String> applies,
      List<Object> facts) {
    var reportDue = statedReportDue != null ? statedReportDue : defaultReportDue;
    var duties =
        new MonitoringFacts.Duties(plan, reports, asOf, reportDue, statedReportDue != null);
    if (applies.test("NAP-M006") || applies.test("NAP-M007")) {
      duties.addCoverage(actors, facts);
    }
    if (applies.test("NAP-M007")) {
      duties.addValuesDue(walk.duties, walk.progress, valuesByIndicator, facts);
    }
  }

  /**
   * One walk of a plan's items: their facts, in plan order, and what the walk learns on the way:
   * where each action and indicator is, which bodies are responsible, and which bodies must supply
   * the values of each indicator.
   */
  private final class ItemWalk {
    private final Plan plan;
    private final PlanFact planFact;
    final Map<String, ReportedProgress> progress;
    private final boolean everyFact;
    private final List<Object> facts;
    final Set<String> knownCodes = new HashSet<>();
    private final String coordinator;
    final Set<String> responsibleCodes = new HashSet<>();
    final Map<String, Location> actionLocations = new HashMap<>();
    final Map<String, Location> indicatorLocations = new HashMap<>();
    final List<IndicatorFact> indicators = new ArrayList<>();
    final List<MonitoringFacts.Duty> duties = new ArrayList<>();
    int position;

    ItemWalk(
        Plan plan,
        PlanFact planFact,
        Map<String, ReportedProgress> progress,
        boolean everyFact,
        List<Object> facts) {
      this.plan = plan;
      this.planFact = planFact;
      this.progress = progress;
      this.everyFact = everyFact;
      this.facts = facts;
      plan.actors().forEach(actor -> knownCodes.add(actor.code()));
      this.coordinator = Bodies.coordinatorIn(plan, knownCodes);
    }

    void pillar(Pillar pillar) {
      var pillarLocation = Location.ofPlan(plan.id()).withPillar(pillar.id());
      Set<Theme> themes = inference.themesOf(pillar);
      facts.add(
          new PillarFact(pillar, themes, pillar.themes().isEmpty(), position++, pillarLocation));
      for (Objective objective : pillar.objectives()) {
        var objectiveLocation = pillarLocation.withObjective(objective.id());
        facts.add(new ObjectiveFact(objective, position++, objectiveLocation));
        objective.actions().forEach(action -> action(action, objectiveLocation));
      }
    }

    private void action(Action action, Location objectiveLocation) {
      var actionLocation = objectiveLocation.withAction(action.id());
      actionLocations.putIfAbsent(action.id(), actionLocation);
      facts.add(
          actionFact(
              planFact,
              action,
              progress.getOrDefault(action.id(), ReportedProgress.NONE),
              position++,
              actionLocation));
      for (String code : action.responsible()) {
        boolean everyone = Action.givesToEveryone(code);
        if (!everyone) {
          responsibleCodes.add(code);
        }
        boolean listed = knownCodes.contains(code);
        if (everyFact || !everyone && !listed) {
          String closest = everyone || listed ? null : Bodies.closest(code, plan.actors());
          facts.add(
              new Responsibility(action.id(), code, everyone, listed, closest, actionLocation));
        }
      }
      List<String> suppliers = Bodies.suppliers(action, knownCodes, coordinator);
      Optional<String> parityInAction =
          parityWords.get(action.text(), text -> inference.parityWords(action));
      for (Indicator indicator : action.indicators()) {
        var indicatorLocation = actionLocation.withIndicator(indicator.id());
        indicatorLocations.putIfAbsent(indicator.id(), indicatorLocation);
        TextInference.IndicatorProfile profile =
            profiles.get(
                ProfileKey.of(indicator, action, parityInAction, plan.language()),
                key -> inference.profile(indicator, action, parityInAction, plan.language()));
        var indicatorFact = new IndicatorFact(indicator, position++, indicatorLocation, profile);
        indicators.add(indicatorFact);
        facts.add(indicatorFact);
        duties.add(
            new MonitoringFacts.Duty(indicator.id(), indicatorLocation, action.id(), suppliers));
      }
    }
  }

  /**
   * All that the profile of an indicator depends on: its text and stated fields, and its action's
   * parity words (with the action's id, which the explanation names, where they count).
   */
  private record ProfileKey(
      String text,
      Measure measure,
      List<String> disaggregation,
      Boolean parity,
      Optional<String> parityInAction,
      String actionId,
      String language) {
    static ProfileKey of(
        Indicator indicator, Action action, Optional<String> parityInAction, String language) {
      boolean actionNamed = indicator.parity() == null && parityInAction.isPresent();
      return new ProfileKey(
          indicator.text(),
          indicator.measure(),
          indicator.disaggregation(),
          indicator.parity(),
          parityInAction,
          actionNamed ? action.id() : null,
          language);
    }
  }

  private ActionFact actionFact(
      PlanFact plan, Action action, ReportedProgress reported, int position, Location location) {
    LocalDate due = action.deadline() != null ? action.deadline().date() : plan.getLastDay();
    boolean continuous;
    String inferredFrom = null;
    if (action.continuous() != null) {
      continuous = action.continuous();
    } else {
      inferredFrom =
          continuousWords.get(action.text(), text -> inference.continuousFrom(action)).orElse(null);
      continuous = inferredFrom != null;
    }
    return new ActionFact(
        action, due, continuous, inferredFrom, plan, reported, position, location);
  }

  private void addReportingYears(Plan plan, MonthDay statedReportDue, List<Object> facts) {
    MonthDay reportDue = statedReportDue != null ? statedReportDue : defaultReportDue;
    for (int year = plan.period().start(); year <= plan.period().end(); year++) {
      facts.add(new ReportingYear(year, reportDue.atYear(year + 1)));
    }
  }

  /** How the plan covers each resolution of the agenda that NAP-G004 checks. */
  private void addResolutionCoverage(Plan plan, List<Object> facts) {
    AgendaResolutions.coverage(
            plan, text -> resolutionsAddressed.get(text, AgendaResolutions::addressedBy))
        .forEach(
            coverage ->
                facts.add(
                    new ResolutionCoverage(
                        coverage.resolution(),
                        coverage.year(),
                        coverage.coveredAt(),
                        coverage.othersCovered())));
  }

  /** Actions that repeat an earlier one (NAP-P010), found without comparing every pair. */
  private void addSimilarActions(Plan plan, List<Object> facts) {
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
    DuplicateActions.find(
            entries, text -> committedWords.get(text, DuplicateActions::committedWords))
        .forEach(
            repeat ->
                facts.add(
                    new SimilarActions(
                        repeat.actionId(),
                        repeat.otherActionId(),
                        repeat.textSimilarity(),
                        repeat.bodySimilarity(),
                        repeat.location())));
  }
}
