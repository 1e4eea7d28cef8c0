package org.napcheck.rules.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.RuleInfo;

/**
 * Every rule a checker knows, switched off or not, in id order and in the checker's language: what
 * its catalog shows and what a report says of each rule that ran.
 */
public final class RuleCatalog {
  private final List<RuleInfo> rules;
  private final Set<String> ids;
  private final Set<String> needingMonitoring;

  /**
   * @param ruleSets napcheck's rules first; a rule of an id already seen is left out
   * @param disabled the ids of the rules switched off
   */
  public RuleCatalog(List<CompiledRules> ruleSets, Messages messages, Set<String> disabled) {
    var byId = new TreeMap<String, RuleInfo>();
    var monitoring = new HashSet<String>();
    for (CompiledRules set : ruleSets) {
      set.rules().stream()
          .sorted(Comparator.comparing(CompiledRules.RuleMetadata::ruleName))
          .forEach(
              metadata ->
                  byId.putIfAbsent(
                      metadata.id(),
                      info(set, metadata, messages, disabled.contains(metadata.id()))));
      for (CompiledRules.RuleMetadata metadata : set.rules()) {
        if ("monitoring".equals(metadata.all().get("needs"))) {
          monitoring.add(metadata.id());
        }
      }
    }
    this.rules = List.copyOf(byId.values());
    this.ids = Set.copyOf(byId.keySet());
    this.needingMonitoring = Set.copyOf(monitoring);
  }

  /** The rules in id order. */
  public List<RuleInfo> rules() {
    return rules;
  }

  public Set<String> ids() {
    return ids;
  }

  /** The rules that need monitoring data ({@code @needs("monitoring")}), switched off or not. */
  public Set<String> needingMonitoring() {
    return needingMonitoring;
  }

  /**
   * What a check with no monitoring report does not apply: the rules switched on that need
   * monitoring data. A drafter checking a plan sees the gaps of the plan, not a year of missing
   * reports per body.
   */
  public List<CheckReport.NotApplied> notAppliedWithoutMonitoring(Messages messages) {
    List<String> skipped =
        rules.stream()
            .filter(info -> info.enabled() && needingMonitoring.contains(info.id()))
            .map(RuleInfo::id)
            .toList();
    if (skipped.isEmpty()) {
      return List.of();
    }
    String reason = CheckReport.NotApplied.NO_MONITORING_DATA;
    return List.of(
        new CheckReport.NotApplied(reason, skipped, messages.generic("notApplied." + reason)));
  }

  /** For each rule switched on and not {@code skipped}, how many of {@code findings} it made. */
  public List<CheckReport.RuleOutcome> outcomes(List<Finding> findings, Set<String> skipped) {
    var fired = new HashMap<String, Integer>();
    findings.forEach(finding -> fired.merge(finding.rule(), 1, Integer::sum));
    return rules.stream()
        .filter(info -> info.enabled() && !skipped.contains(info.id()))
        .map(
            info ->
                new CheckReport.RuleOutcome(
                    info.id(), info.title(), info.severity(), fired.getOrDefault(info.id(), 0)))
        .toList();
  }

  private static RuleInfo info(
      CompiledRules rules,
      CompiledRules.RuleMetadata metadata,
      Messages messages,
      boolean switchedOff) {
    return new RuleInfo(
        metadata.id(),
        part(metadata, "title", messages),
        metadata.severity(),
        part(metadata, "why", messages),
        part(metadata, "source", messages),
        part(metadata, "fix", messages),
        rules.origin(),
        !switchedOff,
        part(metadata, "unit", messages));
  }

  /** A catalog text: from the language's messages, else from the rule's own metadata. */
  private static String part(CompiledRules.RuleMetadata metadata, String part, Messages messages) {
    return messages
        .text(metadata.id(), part)
        .orElse(metadata.all().getOrDefault(part, part.equals("title") ? metadata.ruleName() : ""));
  }
}
