package org.napcheck.rules.reference;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.napcheck.rules.facts.FactBuilder;
import org.napcheck.rules.internal.DefaultRules;
import org.napcheck.rules.internal.Messages;
import org.napcheck.rules.internal.OverviewBuilder;
import org.napcheck.rules.internal.RecordedFindings;
import org.napcheck.rules.internal.WaiversInForce;

/**
 * napcheck's rule catalog in plain Java, with no rule engine: the oracle the Drools rules are
 * tested against, and the baseline they are measured against.
 *
 * <p>It builds the same facts as {@code NapChecker} (with {@link FactBuilder}, so that text
 * inference is shared) and re-implements only what the DRL files say: which facts make a rule fire,
 * how many times, and what it records. It fires once per match as Drools does, duplicates included
 * (two actions with the same id each make their own findings), and records through the same {@link
 * RecordedFindings}, so evidence is written the same way. Messages, waivers, the rule outcomes and
 * the overview are made as {@code NapChecker} makes them, so that a whole {@link CheckReport} can
 * be compared.
 *
 * <p>Each rule is a loop over facts with hash lookups, so a check is linear in the size of the plan
 * and its data. The rules of each DRL file are a class of their own ({@code PlanStructureRules},
 * {@code IndicatorRules}, {@code GovernanceRules}, {@code MonitoringRules}, {@code WaiverRules}),
 * with a method for each rule, named as the rule is. Safe to share between threads.
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
    this.factBuilder = new FactBuilder(locale, MonthDay.of(3, 31));
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
    for (RecordedFindings.Recorded recorded : recorded(facts, monitoringGiven)) {
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

  /** What the rules record on these facts, the rules of one DRL file after another. */
  private List<RecordedFindings.Recorded> recorded(List<Object> facts, boolean monitoringGiven) {
    var byType = new FactsByType(facts);
    var recorder = new Recorder(disabled);
    new PlanStructureRules(byType, recorder).run();
    new IndicatorRules(byType, recorder).run();
    new GovernanceRules(byType, recorder).run();
    if (monitoringGiven) {
      new MonitoringRules(byType, recorder).run();
    }
    new WaiverRules(byType, recorder).run();
    return recorder.recorded();
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

  private Finding finding(RecordedFindings.Recorded recorded) {
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
}
