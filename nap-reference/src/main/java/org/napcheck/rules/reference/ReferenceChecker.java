package org.napcheck.rules.reference;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Severity;
import org.napcheck.model.Waiver;
import org.napcheck.rules.facts.ActionFact;
import org.napcheck.rules.facts.ActorFact;
import org.napcheck.rules.facts.BreakdownTotal;
import org.napcheck.rules.facts.CheckContext;
import org.napcheck.rules.facts.Findings;
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
import org.napcheck.rules.internal.DefaultRules;
import org.napcheck.rules.internal.FactBuilder;
import org.napcheck.rules.internal.Messages;
import org.napcheck.rules.internal.OverviewBuilder;
import org.napcheck.rules.internal.TextInference;
import org.napcheck.rules.internal.WaiversInForce;

/**
 * napcheck's rule catalog in plain Java, with no rule engine: the oracle the Drools rules are
 * tested against, and the baseline they are measured against.
 *
 * <p>It builds the same facts as {@code NapChecker} (with {@link FactBuilder}, so that text
 * inference is shared) and re-implements only what the DRL files say: which facts make a rule fire,
 * how many times, and what it records. It fires once per match as Drools does, duplicates included
 * (two actions with the same id each make their own findings), and records through the same {@link
 * Findings}, so evidence is written the same way. Messages, waivers, the rule outcomes and the
 * overview are made as {@code NapChecker} makes them, so that a whole {@link CheckReport} can be
 * compared.
 *
 * <p>Each rule is a loop over facts with hash lookups, so a check is linear in the size of the plan
 * and its data. Safe to share between threads.
 */
public final class ReferenceChecker {
  /**
   * The catalog of DESIGN.md with its default severities, as the DRL files must declare them: ids
   * are a contract ({@code CatalogTest} holds the rules to it).
   */
  public static final Map<String, Severity> SEVERITIES =
      Map.ofEntries(
          Map.entry("NAP-P001", Severity.ERROR),
          Map.entry("NAP-P002", Severity.ERROR),
          Map.entry("NAP-P003", Severity.ERROR),
          Map.entry("NAP-P004", Severity.ERROR),
          Map.entry("NAP-P005", Severity.ERROR),
          Map.entry("NAP-P006", Severity.WARNING),
          Map.entry("NAP-P007", Severity.ERROR),
          Map.entry("NAP-P008", Severity.ERROR),
          Map.entry("NAP-P009", Severity.WARNING),
          Map.entry("NAP-P010", Severity.WARNING),
          Map.entry("NAP-P011", Severity.WARNING),
          Map.entry("NAP-I001", Severity.WARNING),
          Map.entry("NAP-I002", Severity.WARNING),
          Map.entry("NAP-I003", Severity.INFO),
          Map.entry("NAP-I004", Severity.INFO),
          Map.entry("NAP-I005", Severity.INFO),
          Map.entry("NAP-G001", Severity.WARNING),
          Map.entry("NAP-G002", Severity.WARNING),
          Map.entry("NAP-G003", Severity.WARNING),
          Map.entry("NAP-G004", Severity.INFO),
          Map.entry("NAP-M001", Severity.ERROR),
          Map.entry("NAP-M002", Severity.WARNING),
          Map.entry("NAP-M003", Severity.ERROR),
          Map.entry("NAP-M004", Severity.ERROR),
          Map.entry("NAP-M005", Severity.WARNING),
          Map.entry("NAP-M006", Severity.WARNING),
          Map.entry("NAP-M007", Severity.INFO),
          Map.entry("NAP-M008", Severity.ERROR),
          Map.entry("NAP-M009", Severity.ERROR),
          Map.entry("NAP-M010", Severity.WARNING),
          Map.entry("NAP-M011", Severity.WARNING),
          Map.entry("NAP-W001", Severity.WARNING));

  private final Set<String> disabled;
  private final Period dueSoonWindow;
  private final Messages messages;
  private final FactBuilder factBuilder;

  /**
   * @param disabled ids of rules switched off
   */
  public ReferenceChecker(Locale locale, Period dueSoonWindow, Set<String> disabled) {
    this.messages = new Messages(locale);
    this.dueSoonWindow = dueSoonWindow;
    this.disabled = Set.copyOf(disabled);
    this.factBuilder = new FactBuilder(new TextInference(messages), MonthDay.of(3, 31));
  }

  /** The settings of {@code NapChecker.withDefaults()}. */
  public static ReferenceChecker withDefaults() {
    return new ReferenceChecker(Locale.ENGLISH, Period.ofMonths(12), Set.of());
  }

  public CheckReport check(Plan plan, List<MonitoringReport> reports, LocalDate asOf) {
    return check(plan, reports, asOf, List.of());
  }

  public CheckReport check(
      Plan plan, List<MonitoringReport> reports, LocalDate asOf, List<Waiver> waivers) {
    boolean monitoringGiven = !reports.isEmpty();
    // As NapChecker does, no fact is made for rules the check does not apply.
    List<Object> facts =
        factBuilder.facts(
            plan,
            reports,
            waivers,
            asOf,
            asOf.plus(dueSoonWindow),
            id -> !disabled.contains(id) && (monitoringGiven || !id.startsWith("NAP-M")));
    var waiversInForce = new WaiversInForce(waivers, asOf);
    var findings = new ArrayList<Finding>();
    for (Findings.Recorded recorded : new Rules(facts, monitoringGiven).run()) {
      findings.add(waiversInForce.apply(finding(recorded)));
    }
    // In report order already, as NapChecker gives them, so that the report's own sort is cheap.
    findings.sort(Finding.ORDER);
    return new CheckReport(
        plan.id(),
        asOf,
        DefaultRules.ruleSetName(),
        findings,
        outcomes(findings, monitoringGiven),
        OverviewBuilder.overview(facts),
        notApplied(monitoringGiven));
  }

  private List<CheckReport.NotApplied> notApplied(boolean monitoringGiven) {
    List<String> rules =
        SEVERITIES.keySet().stream()
            .filter(id -> id.startsWith("NAP-M") && !disabled.contains(id))
            .sorted()
            .toList();
    if (monitoringGiven || rules.isEmpty()) {
      return List.of();
    }
    return List.of(
        new CheckReport.NotApplied(
            CheckReport.NotApplied.NO_MONITORING_DATA,
            rules,
            messages.generic("notApplied." + CheckReport.NotApplied.NO_MONITORING_DATA)));
  }

  private Finding finding(Findings.Recorded recorded) {
    String id = recorded.ruleName();
    String message =
        messages.findingMessage(
            messages.text(id, "message").orElseThrow(), recorded.location(), recorded.evidence());
    return new Finding(
        id, SEVERITIES.get(id), recorded.location(), message, recorded.evidence(), null);
  }

  private List<CheckReport.RuleOutcome> outcomes(List<Finding> findings, boolean monitoringGiven) {
    var fired = new HashMap<String, Integer>();
    findings.forEach(finding -> fired.merge(finding.rule(), 1, Integer::sum));
    var outcomes = new ArrayList<CheckReport.RuleOutcome>();
    new TreeMap<>(SEVERITIES)
        .forEach(
            (id, severity) -> {
              if (!disabled.contains(id) && (monitoringGiven || !id.startsWith("NAP-M"))) {
                outcomes.add(
                    new CheckReport.RuleOutcome(
                        id,
                        messages.text(id, "title").orElseThrow(),
                        severity,
                        fired.getOrDefault(id, 0)));
              }
            });
    return outcomes;
  }

  /** One check's facts, sorted by type, and the rules run over them. */
  private final class Rules {
    private final Findings findings = new Findings();
    private CheckContext check;
    private PlanFact plan;
    private final List<RequiredTheme> themes = new ArrayList<>();
    private final List<ReportingYear> years = new ArrayList<>();
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
    private final boolean monitoringGiven;
    private final List<SimilarActions> similarActions = new ArrayList<>();
    private final List<ResolutionCoverage> resolutions = new ArrayList<>();

    /** Indicator facts by id: several when the plan gives two indicators the same id. */
    private final Map<String, List<IndicatorFact>> indicatorsById = new HashMap<>();

    Rules(List<Object> facts, boolean monitoringGiven) {
      this.monitoringGiven = monitoringGiven;
      for (Object fact : facts) {
        if (fact instanceof PlanItem item) {
          items.add(item);
        }
        if (fact instanceof CheckContext context) {
          check = context;
        } else if (fact instanceof PlanFact planFact) {
          plan = planFact;
        } else if (fact instanceof RequiredTheme theme) {
          themes.add(theme);
        } else if (fact instanceof ReportingYear year) {
          years.add(year);
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
          indicatorsById
              .computeIfAbsent(indicator.getId(), id -> new ArrayList<>(1))
              .add(indicator);
        } else if (fact instanceof ActorFact actor) {
          actors.add(actor);
        } else if (fact instanceof ReportFact report) {
          reports.add(report);
        } else if (fact instanceof ProgressFact p) {
          progress.add(p);
        } else if (fact instanceof ValueFact value) {
          values.add(value);
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
    }

    List<Findings.Recorded> run() {
      planStructure();
      indicators();
      governance();
      if (monitoringGiven) {
        monitoring();
        lateReports();
      }
      waivers();
      return findings.recorded();
    }

    /** Whether rule {@code id} is on; if so, what it records is recorded as its own. */
    private boolean rule(String id) {
      findings.firing(id);
      return !disabled.contains(id);
    }

    private void planStructure() {
      if (rule("NAP-P001")) {
        for (PillarFact pillar : pillars) {
          if (pillar.getObjectiveCount() == 0) {
            findings.record(pillar.getLocation(), "title", pillar.getTitle());
          }
        }
      }
      if (rule("NAP-P002")) {
        for (ObjectiveFact objective : objectives) {
          if (objective.getActionCount() == 0) {
            findings.record(objective.getLocation(), "title", objective.getTitle());
          }
        }
      }
      if (rule("NAP-P003")) {
        for (ActionFact action : actions) {
          if (action.getIndicatorCount() == 0) {
            findings.record(action.getLocation(), "text", action.getText());
          }
        }
      }
      if (rule("NAP-P004")) {
        for (ActionFact action : actions) {
          if (action.getResponsible().isEmpty()) {
            findings.record(action.getLocation(), "text", action.getText());
          }
        }
      }
      var actorCodes = new HashSet<String>();
      actors.forEach(actor -> actorCodes.add(actor.getCode()));
      if (rule("NAP-P005")) {
        for (Responsibility named : responsibilities) {
          if (!named.isEveryone() && !actorCodes.contains(named.getCode())) {
            findings.record(
                named.getLocation().withActor(named.getCode()),
                "code",
                named.getCode(),
                "closest",
                named.getClosestKnownCode());
          }
        }
      }
      if (rule("NAP-P006")) {
        // By action id, as the rule joins on it: actions that share an id share their bodies.
        var toEveryone = new HashSet<String>();
        var toNamedBody = new HashSet<String>();
        for (Responsibility responsibility : responsibilities) {
          (responsibility.isEveryone() ? toEveryone : toNamedBody)
              .add(responsibility.getActionId());
        }
        for (ActionFact action : actions) {
          if (action.getLead().isEmpty()
              && toEveryone.contains(action.getId())
              && !toNamedBody.contains(action.getId())) {
            findings.record(
                action.getLocation(), "responsible", String.join(", ", action.getResponsible()));
          }
        }
      }
      if (rule("NAP-P007")) {
        // per kind and id as compared (NFKC), the item that stays: the smallest id as written,
        // then the first in the file
        var kept = new HashMap<List<String>, PlanItem>();
        Comparator<PlanItem> order =
            Comparator.comparing(PlanItem::getId).thenComparingInt(PlanItem::getPosition);
        for (PlanItem item : items) {
          kept.merge(
              List.of(item.getKind(), item.getComparableId()),
              item,
              (a, b) -> order.compare(a, b) <= 0 ? a : b);
        }
        for (PlanItem item : items) {
          if (kept.get(List.of(item.getKind(), item.getComparableId())) != item) {
            findings.record(item.getLocation(), "kind", item.getKind(), "id", item.getId());
          }
        }
      }
      if (rule("NAP-P008")) {
        for (ActionFact action : actions) {
          if (action.isDeadlineStated()
              && (action.getDueDate().isBefore(plan.getFirstDay())
                  || action.getDueDate().isAfter(plan.getLastDay()))) {
            findings.record(
                action.getLocation(),
                "deadline",
                action.getDeadline(),
                "period",
                plan.getStartYear() + "-" + plan.getEndYear());
          }
        }
      }
      if (rule("NAP-P009")) {
        for (RequiredTheme required : themes) {
          if (pillars.stream()
              .noneMatch(pillar -> pillar.getThemes().contains(required.getTheme()))) {
            findings.record(
                plan.getLocation(),
                "theme",
                required.getTheme().code(),
                "themesReadFrom",
                plan.getThemesReadFrom());
          }
        }
      }
      if (rule("NAP-P010")) {
        for (SimilarActions similar : similarActions) {
          if (similar.getTextSimilarity() >= SimilarActions.NEAR_IDENTICAL_TEXT
              && similar.getBodySimilarity() >= SimilarActions.NEAR_SAME_BODIES) {
            findings.record(
                similar.getLocation(),
                "other",
                similar.getOtherActionId(),
                "similarity",
                similar.getTextSimilarityShown());
          }
        }
      }
      if (rule("NAP-P011")) {
        // By action id, as the rule joins on it: actions that share an id share their bodies.
        var namedBodies = new HashMap<String, Set<String>>();
        for (Responsibility responsibility : responsibilities) {
          if (!responsibility.isEveryone()) {
            namedBodies
                .computeIfAbsent(responsibility.getActionId(), id -> new HashSet<>())
                .add(responsibility.getCode());
          }
        }
        for (ActionFact action : actions) {
          int bodies = namedBodies.getOrDefault(action.getId(), Set.of()).size();
          if (action.getLead().isEmpty() && bodies > Responsibility.MANY_BODIES) {
            findings.record(action.getLocation(), "bodies", bodies);
          }
        }
      }
    }

    private void indicators() {
      if (rule("NAP-I001")) {
        for (IndicatorFact indicator : indicators) {
          if (indicator.isPeople()
              && !indicator.isSexBreakdownAsked()
              && !indicator.isOneSexCounted()) {
            findings.record(
                indicator.getLocation(),
                "text",
                indicator.getText(),
                "inferred",
                indicator.inference(IndicatorFact.PEOPLE, IndicatorFact.SEX_BREAKDOWN));
          }
        }
      }
      if (rule("NAP-I002")) {
        for (IndicatorFact indicator : indicators) {
          if (indicator.isYouth() && !indicator.isAgeBreakdownAsked()) {
            findings.record(
                indicator.getLocation(),
                "text",
                indicator.getText(),
                "inferred",
                indicator.inference(IndicatorFact.YOUTH, IndicatorFact.AGE_BREAKDOWN));
          }
        }
      }
      if (rule("NAP-I003")) {
        for (IndicatorFact indicator : indicators) {
          if (!indicator.isMeasurable()) {
            findings.record(
                indicator.getLocation(),
                "text",
                indicator.getText(),
                "inferred",
                indicator.inference(IndicatorFact.MEASURABLE));
          }
        }
      }
      if (rule("NAP-I005")) {
        for (IndicatorFact indicator : indicators) {
          if (indicator.isPeople()
              && indicator.isOneSexCounted()
              && !indicator.isSexBreakdownAsked()) {
            findings.record(
                indicator.getLocation(),
                "text",
                indicator.getText(),
                "inferred",
                indicator.inference(IndicatorFact.ONE_SEX));
          }
        }
      }
      if (rule("NAP-I004") && !plan.isBaselineOrTargetStated()) {
        List<IndicatorFact> quantitative =
            indicators.stream().filter(IndicatorFact::isQuantitative).toList();
        if (!quantitative.isEmpty()) {
          findings.record(
              plan.getLocation(),
              "indicators",
              IndicatorFact.ids(quantitative),
              "count",
              quantitative.size());
        }
      } else if (rule("NAP-I004")) {
        for (IndicatorFact indicator : indicators) {
          boolean baseline = indicator.isBaselineStated();
          boolean target = indicator.isTargetStated();
          if (indicator.isQuantitative() && (!baseline || !target)) {
            findings.record(
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
    }

    private void governance() {
      if (rule("NAP-G001") && !plan.isBudgetStated()) {
        findings.record(plan.getLocation());
      }
      String frequency = plan.getMonitoringFrequency();
      String coordinator = plan.getMonitoringCoordinator();
      if (rule("NAP-G002") && (frequency == null || coordinator == null)) {
        findings.record(
            plan.getLocation(),
            "missing",
            frequency == null && coordinator == null
                ? "schedule, coordinator"
                : frequency == null ? "schedule" : "coordinator");
      }
      if (rule("NAP-G003") && !plan.isCivilSocietyInMonitoring()) {
        findings.record(plan.getLocation());
      }
      if (rule("NAP-G004")) {
        for (ResolutionCoverage resolution : resolutions) {
          if (!resolution.isCovered()) {
            findings.record(
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

    private void monitoring() {
      LocalDate asOf = check.getAsOf();
      var closed = new HashSet<String>();
      var started = new HashSet<String>();
      for (ProgressFact p : progress) {
        if (p.isClosed() || p.isOngoing()) {
          closed.add(p.getActionId());
        }
        if (p.isStarted()) {
          started.add(p.getActionId());
        }
      }
      if (rule("NAP-M001")) {
        for (ActionFact action : actions) {
          if (!action.isOpenEnded()
              && action.getDueDate().isBefore(asOf)
              && !closed.contains(action.getId())) {
            findings.record(
                action.getLocation(),
                "deadline",
                action.getDueDate(),
                "deadlineStated",
                action.isDeadlineStated(),
                "planPeriod",
                action.getPlanPeriodWhereNoDeadline());
          }
        }
      }
      if (rule("NAP-M002")) {
        for (ActionFact action : actions) {
          LocalDate due = action.getDueDate();
          if (!action.isOpenEnded()
              && !due.isBefore(asOf)
              && !due.isAfter(check.getDueSoonUntil())
              && !started.contains(action.getId())) {
            findings.record(
                action.getLocation(),
                "deadline",
                due,
                "deadlineStated",
                action.isDeadlineStated(),
                "planPeriod",
                action.getPlanPeriodWhereNoDeadline());
          }
        }
      }
      if (rule("NAP-M003")) {
        for (ValueFact value : values) {
          if (value.isPositive() && !value.isSexBreakdownGiven()) {
            for (IndicatorFact indicator : indicatorsOf(value)) {
              if (indicator.isPeople()) {
                findings.record(
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
      if (rule("NAP-M004")) {
        for (ValueFact value : values) {
          for (BreakdownTotal breakdown : value.getBreakdownTotals()) {
            if (!breakdown.isAddingUp()) {
              findings.record(
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
      if (rule("NAP-M005")) {
        for (ValueFact value : values) {
          if (value.isPositive() && !value.isAgeBreakdownGiven()) {
            for (IndicatorFact indicator : indicatorsOf(value)) {
              if (indicator.isYouth()) {
                findings.record(
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
      if (rule("NAP-M006")) {
        var uncoveredByBody = new HashMap<String, List<ReportCoverage>>();
        for (ReportCoverage coverage : coverages) {
          if (!coverage.isCovered() && coverage.getReportsDue().isBefore(asOf)) {
            uncoveredByBody
                .computeIfAbsent(coverage.getBody(), body -> new ArrayList<>())
                .add(coverage);
          }
        }
        for (ActorFact actor : actors) {
          if (!actor.isReporting()) {
            continue;
          }
          List<ReportCoverage> missing = uncoveredByBody.getOrDefault(actor.getCode(), List.of());
          if (!missing.isEmpty()) {
            ReportCoverage earliest = ReportCoverage.earliest(missing);
            findings.record(
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
      if (rule("NAP-M007")) {
        for (ReportCoverage coverage : coverages) {
          if (!coverage.isCovered() || !coverage.getReportsDue().isBefore(asOf)) {
            continue;
          }
          ValuesDue values = valuesDueBySupplier.get(coverage.getBody());
          if (values != null && values.missingIn(coverage.getYear())) {
            findings.record(
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
      if (rule("NAP-M008")) {
        for (ProgressFact p : progress) {
          if (!p.isActionInPlan()) {
            findings.record(p.getLocation(), "kind", "action", "id", p.getActionId());
          }
        }
        for (ValueFact value : values) {
          if (!value.isIndicatorInPlan()) {
            findings.record(value.getLocation(), "kind", "indicator", "id", value.getIndicatorId());
          }
        }
        var knownBodies = new HashSet<String>();
        actors.forEach(actor -> knownBodies.add(actor.getCode()));
        responsibilities.stream()
            .filter(responsibility -> !responsibility.isEveryone())
            .forEach(responsibility -> knownBodies.add(responsibility.getCode()));
        for (ReportFact report : reports) {
          if (!knownBodies.contains(report.getReporter())) {
            findings.record(report.getLocation(), "kind", "actor", "id", report.getReporter());
          }
        }
        for (ReportFact report : reports) {
          if (!report.getPlan().equals(plan.getId())) {
            findings.record(report.getLocation(), "kind", "plan", "id", report.getPlan());
          }
        }
      }
      if (rule("NAP-M009")) {
        for (ReportFact report : reports) {
          if (report.getYear() < plan.getStartYear() || report.getYear() > plan.getEndYear()) {
            findings.record(
                report.getLocation(), "period", plan.getStartYear() + "-" + plan.getEndYear());
          }
        }
      }
      if (rule("NAP-M010")) {
        for (ValueFact value : values) {
          if (value.isAllOneSex()) {
            for (IndicatorFact indicator : indicatorsOf(value)) {
              if (indicator.isParityAsked()) {
                findings.record(
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
    }

    private void lateReports() {
      if (rule("NAP-M011")) {
        for (ReportFact report : reports) {
          if (report.isForThisPlan() && report.isLate()) {
            findings.record(
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

    private void waivers() {
      if (rule("NAP-W001")) {
        for (WaiverFact waiver : waivers) {
          if (waiver.getExpires() != null && waiver.getExpires().isBefore(check.getAsOf())) {
            findings.record(
                waiver.getLocation(),
                "waivedRule",
                waiver.getRule(),
                "expires",
                waiver.getExpires(),
                "reason",
                waiver.getReason());
          }
        }
      }
    }

    private List<IndicatorFact> indicatorsOf(ValueFact value) {
      return indicatorsById.getOrDefault(value.getIndicatorId(), List.of());
    }
  }
}
