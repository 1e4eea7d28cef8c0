package org.napcheck.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of checking a plan as of a date.
 *
 * @param ruleSet the name and version of the rules that ran, e.g. {@code napcheck-rules 0.1.0}
 * @param findings in {@link Finding#ORDER}
 * @param rules every rule that was evaluated, with how often it fired, in id order
 * @param overview where actions and reports stand, for dashboards
 * @param notApplied the rules that were not applied, and why: e.g. the monitoring rules, when the
 *     check was given no monitoring data
 */
public record CheckReport(
    String plan,
    LocalDate asOf,
    String ruleSet,
    List<Finding> findings,
    List<RuleOutcome> rules,
    Overview overview,
    List<NotApplied> notApplied) {

  public CheckReport {
    findings = findings.stream().sorted(Finding.ORDER).toList();
    rules = Lists.copyOf(rules);
    overview = overview == null ? Overview.EMPTY : overview;
    notApplied = Lists.copyOf(notApplied);
  }

  /** A report in which every rule was applied. */
  public CheckReport(
      String plan,
      LocalDate asOf,
      String ruleSet,
      List<Finding> findings,
      List<RuleOutcome> rules,
      Overview overview) {
    this(plan, asOf, ruleSet, findings, rules, overview, List.of());
  }

  /** A report with no overview, e.g. one read back from a file that does not hold it. */
  public CheckReport(
      String plan,
      LocalDate asOf,
      String ruleSet,
      List<Finding> findings,
      List<RuleOutcome> rules) {
    this(plan, asOf, ruleSet, findings, rules, Overview.EMPTY, List.of());
  }

  /** How many findings not waived there are of each severity; every severity is present. */
  public Map<Severity, Integer> summary() {
    var counts = new EnumMap<Severity, Integer>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.stream()
        .filter(finding -> !finding.waived())
        .forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** Whether any finding not waived is at {@code threshold} or more severe. */
  public boolean hasFindingsAtOrAbove(Severity threshold) {
    return findings.stream()
        .anyMatch(finding -> !finding.waived() && finding.severity().isAtLeast(threshold));
  }

  /**
   * This report cut into one report per responsible body of {@code plan}, the plan it is about; see
   * {@link ActorSplit} for who each finding belongs to.
   */
  public ActorSplit splitByActor(Plan plan) {
    return ActorSplit.of(this, plan);
  }

  /**
   * Rules that were not applied in a check, and why.
   *
   * @param reason a stable code: {@code no-monitoring-data} when the check was given no monitoring
   *     report, so that the monitoring rules had nothing to check
   * @param rules the ids of the rules not applied, in id order
   * @param message the reason in the report's language
   */
  public record NotApplied(String reason, List<String> rules, String message) {
    /** The reason when a check was given no monitoring data. */
    public static final String NO_MONITORING_DATA = "no-monitoring-data";

    public NotApplied {
      rules = Lists.copyOf(rules);
    }
  }

  /** One rule that was evaluated, and how many findings it made. */
  public record RuleOutcome(String id, String title, Severity severity, int fired) {}
}
