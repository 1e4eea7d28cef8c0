package org.napcheck.rules.facts;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;

/**
 * Where rules record what they find, as the global {@code findings}. The rule that is firing is
 * known to the recorder, so a rule gives only the location and the evidence: pairs of a name and a
 * value, {@code findings.record($a.getLocation(), "deadline", $a.getDueDate())}.
 *
 * <p>One instance serves one check, on one thread. napcheck makes it: what it keeps of a finding,
 * and how it knows the rule that is firing, are its own.
 */
public abstract class Findings {

  /** For napcheck's engine, which keeps what rules record. */
  protected Findings() {}

  /** The name of the rule whose consequence is running; {@code null} outside one. */
  protected abstract String firingRule();

  /**
   * Keeps a finding of rule {@code ruleName}.
   *
   * @param evidence unmodifiable, in the order given
   */
  protected abstract void keep(String ruleName, Location location, Map<String, String> evidence);

  /**
   * Records a finding of the rule that is firing.
   *
   * @param evidence names and values, alternately; a {@code null} value is left out
   */
  public final void record(Location location, Object... evidence) {
    String firingRule = firingRule();
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
    int given = 0;
    for (int i = 1; i < evidence.length; i += 2) {
      if (evidence[i] != null) {
        given++;
      }
    }
    // Names and values in one array: there may be hundreds of thousands of findings.
    var named = new String[given * 2];
    int k = 0;
    for (int i = 0; i < evidence.length; i += 2) {
      if (evidence[i + 1] != null) {
        String name = String.valueOf(evidence[i]);
        String value = String.valueOf(evidence[i + 1]);
        int at = k;
        for (int j = 0; j < k; j += 2) {
          if (named[j].equals(name)) {
            at = j; // a name given twice keeps its first place and its last value, as in a map
          }
        }
        named[at] = name;
        named[at + 1] = value;
        if (at == k) {
          k += 2;
        }
      }
    }
    keep(
        firingRule,
        location,
        Finding.evidenceOf(k == named.length ? named : Arrays.copyOf(named, k)));
  }
}
