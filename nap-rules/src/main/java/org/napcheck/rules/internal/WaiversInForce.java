package org.napcheck.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
