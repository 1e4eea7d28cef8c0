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
 */
public record CheckReport(
    String plan,
    LocalDate asOf,
    String ruleSet,
    List<Finding> findings,
    List<RuleOutcome> rules,
    Overview overview) {

  public CheckReport {
    findings = findings.stream().sorted(Finding.ORDER).toList();
    rules = Lists.copyOf(rules);
    overview = overview == null ? Overview.EMPTY : overview;
  }

  /** A report with no overview, e.g. one read back from a file that does not hold it. */
  public CheckReport(
      String plan,
      LocalDate asOf,
      String ruleSet,
      List<Finding> findings,
      List<RuleOutcome> rules) {
    this(plan, asOf, ruleSet, findings, rules, Overview.EMPTY);
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

  /** One rule that was evaluated, and how many findings it made. */
  public record RuleOutcome(String id, String title, Severity severity, int fired) {}
}
