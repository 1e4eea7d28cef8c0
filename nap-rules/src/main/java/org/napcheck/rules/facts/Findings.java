package org.napcheck.rules.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.napcheck.model.Location;

/**
 * Where rules record what they find, as the global {@code findings}. The rule that is firing is
 * known to the recorder, so a rule gives only the location and the evidence: pairs of a name and a
 * value, {@code findings.record($a.getLocation(), "deadline", $a.getDueDate())}.
 *
 * <p>One instance serves one check, on one thread.
 */
public final class Findings {
  private final List<Recorded> recorded = new ArrayList<>();
  private String firingRule;

  public Findings() {}

  /** A finding as a rule recorded it, before its message and severity are filled in. */
  public record Recorded(String ruleName, Location location, Map<String, String> evidence) {}

  /** Called by the engine before each rule fires. Not for rules. */
  public void firing(String ruleName) {
    this.firingRule = ruleName;
  }

  /**
   * Records a finding of the rule that is firing.
   *
   * @param evidence names and values, alternately; a {@code null} value is left out
   */
  public void record(Location location, Object... evidence) {
    Objects.requireNonNull(firingRule, "record may only be called from a rule's consequence");
    if (location == null) {
      throw new IllegalArgumentException(
          "a finding needs a place: rule " + firingRule + " recorded one with no location");
    }
    if (evidence == null) {
      evidence = new Object[0];
    }
    if (evidence.length % 2 != 0) {
      throw new IllegalArgumentException(
          "evidence comes in name, value pairs; rule " + firingRule + " gave " + evidence.length);
    }
    var named = new LinkedHashMap<String, String>();
    for (int i = 0; i < evidence.length; i += 2) {
      if (evidence[i + 1] != null) {
        named.put(String.valueOf(evidence[i]), String.valueOf(evidence[i + 1]));
      }
    }
    recorded.add(new Recorded(firingRule, location, Collections.unmodifiableMap(named)));
  }

  /** What was recorded, in firing order. */
  public List<Recorded> recorded() {
    return Collections.unmodifiableList(recorded);
  }
}
