package org.napcheck.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napcheck.model.Finding;
import org.napcheck.model.Waiver;

/** The waivers of one check, by rule id, so that each finding is compared with its rule's only. */
public final class WaiversInForce {
  private final Map<String, List<Waiver>> byRule = new HashMap<>();
  private final LocalDate asOf;

  public WaiversInForce(List<Waiver> waivers, LocalDate asOf) {
    waivers.forEach(
        waiver -> byRule.computeIfAbsent(waiver.rule(), rule -> new ArrayList<>()).add(waiver));
    this.asOf = asOf;
  }

  /**
   * Refuses waivers of rules that do not exist, as {@code disableRules} refuses their ids: such a
   * waiver waives nothing, most often for a typo.
   *
   * @throws IllegalArgumentException naming the first such waiver, and the id it may have meant
   */
  public static void refuseUnknownRules(
      List<Waiver> waivers, Set<String> ruleIds, Messages messages) {
    for (int i = 0; i < waivers.size(); i++) {
      String rule = waivers.get(i).rule();
      if (!ruleIds.contains(rule)) {
        String closest = Levenshtein.closest(rule, ruleIds.stream().sorted().toList(), 2);
        var values = new java.util.HashMap<String, String>();
        values.put("waiver", "waivers[" + i + "]");
        values.put("rule", rule);
        if (closest != null) {
          values.put("closest", closest);
        }
        throw new IllegalArgumentException(
            messages.say(
                closest != null ? "error.waiverOfNoRule.closest" : "error.waiverOfNoRule", values));
      }
    }
  }

  /** The finding waived by the first waiver in force that covers it; else the finding itself. */
  public Finding apply(Finding finding) {
    for (Waiver waiver : byRule.getOrDefault(finding.rule(), List.of())) {
      if (waiver.appliesTo(finding, asOf)) {
        return finding.withWaiver(waiver);
      }
    }
    return finding;
  }
}
