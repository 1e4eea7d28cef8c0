package org.napcheck.rules.reference;

import java.util.List;
import java.util.Set;
import org.napcheck.model.Location;
import org.napcheck.rules.internal.RecordedFindings;

/**
 * Where the reference's rules record their findings: the {@code findings} of the DRL files, with
 * the engine's part, naming the rule that fires, done by {@link #fires}.
 */
final class Recorder {
  private final RecordedFindings findings = new RecordedFindings();
  private final Set<String> disabled;

  /**
   * @param disabled ids of rules switched off
   */
  Recorder(Set<String> disabled) {
    this.disabled = disabled;
  }

  /** Whether rule {@code id} is on; if so, what is recorded next is recorded as its own. */
  boolean fires(String id) {
    findings.firing(id);
    return !disabled.contains(id);
  }

  /**
   * Records a finding of the rule that fires, as {@link org.napcheck.rules.facts.Findings#record}
   * does.
   */
  void record(Location location, Object... evidence) {
    findings.record(location, evidence);
  }

  /** What was recorded, in firing order. */
  List<RecordedFindings.Recorded> recorded() {
    return findings.recorded();
  }
}
