package org.napcheck.model;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * One gap a rule found.
 *
 * @param rule the rule's stable id, e.g. {@code NAP-M001}
 * @param message the rule's message in the report's language, filled with the evidence
 * @param evidence the values that made the rule fire, in the order the rule gave them; includes
 *     {@code inferred} when the finding rests on what napcheck inferred from a text
 * @param waiver the waiver that accepts this finding; {@code null} when none does
 */
public record Finding(
    String rule,
    Severity severity,
    Location location,
    String message,
    Map<String, String> evidence,
    Waiver waiver) {

  /** Severity, then rule id, then location: the order of every report. */
  public static final Comparator<Finding> ORDER = Finding::compareInOrder;

  /** {@link #ORDER}, written out: reports sort hundreds of thousands of findings by it. */
  private static int compareInOrder(Finding left, Finding right) {
    int order = left.severity.compareTo(right.severity);
    if (order == 0) {
      order = left.rule.compareTo(right.rule);
    }
    if (order == 0) {
      order = Location.ORDER.compare(left.location, right.location);
    }
    if (order == 0) {
      order = left.evidence.toString().compareTo(right.evidence.toString());
    }
    return order;
  }

  /**
   * Evidence as a finding keeps it, made from names and values given alternately, in their order:
   * what a rule engine records need not be copied again when the finding is made.
   *
   * @param namesAndValues name, value, name, value...; no name twice, none {@code null}; the array
   *     is kept, and must not be changed after
   */
  public static Map<String, String> evidenceOf(String... namesAndValues) {
    if (namesAndValues.length <= SmallMap.MAX_SIZE * 2) {
      return SmallMap.ofPairs(namesAndValues);
    }
    var evidence = new java.util.LinkedHashMap<String, String>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      evidence.put(
          Objects.requireNonNull(namesAndValues[i]), Objects.requireNonNull(namesAndValues[i + 1]));
    }
    return Lists.copyOf(evidence);
  }

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    message = Objects.requireNonNullElse(message, "");
    evidence = Lists.copyOf(evidence);
  }

  public boolean waived() {
    return waiver != null;
  }

  public Finding withWaiver(Waiver waiver) {
    return new Finding(rule, severity, location, message, evidence, waiver);
  }

  /** The same finding, whatever its message language or waiver: what a diff compares. */
  public String identity() {
    return rule + " " + location + " " + evidence;
  }
}
