package org.napcheck.testkit;

import org.napcheck.model.Finding;
import org.napcheck.model.Severity;

/**
 * One entry of a scenario's {@code expect} or {@code expectNone}: a rule, and optionally where, how
 * severe, waived or not, how many. Every part left {@code null} matches anything.
 */
record Expectation(
    String rule,
    String at,
    Integer year,
    String reporter,
    String actor,
    Severity severity,
    Boolean waived,
    Integer count) {

  static Expectation of(String rule) {
    return new Expectation(rule, null, null, null, null, null, null, null);
  }

  boolean matches(Finding finding) {
    return rule.equals(finding.rule())
        && (at == null || FindingAssert.isAt(finding, at))
        && (year == null || year.equals(finding.location().year()))
        && (reporter == null || reporter.equals(finding.location().reporter()))
        && (actor == null || actor.equals(finding.location().actor()))
        && (severity == null || severity == finding.severity())
        && (waived == null || waived == finding.waived());
  }

  /** Asserts that the report has such a finding (and as many as {@code count}, if given). */
  void expectIn(ReportAssert report) {
    FindingAssert found = report.hasFinding(rule);
    if (at != null) {
      found = found.at(at);
    }
    if (year != null) {
      found = found.inYear(year);
    }
    if (reporter != null) {
      found = found.forReporter(reporter);
    }
    if (actor != null) {
      found = found.forActor(actor);
    }
    if (severity != null) {
      found = found.withSeverity(severity);
    }
    if (waived != null) {
      found = waived ? found.waived() : found.notWaived();
    }
    if (count != null) {
      found.times(count);
    }
  }

  /** {@code NAP-M001 at 3.b.3 in 2026}. */
  @Override
  public String toString() {
    var text = new StringBuilder(rule);
    if (at != null) {
      text.append(" at ").append(at);
    }
    if (year != null) {
      text.append(" in ").append(year);
    }
    if (reporter != null) {
      text.append(" for reporter ").append(reporter);
    }
    if (actor != null) {
      text.append(" for actor ").append(actor);
    }
    if (severity != null) {
      text.append(" (").append(severity.code()).append(')');
    }
    if (waived != null) {
      text.append(waived ? " waived" : " not waived");
    }
    if (count != null) {
      text.append(" ×").append(count);
    }
    return text.toString();
  }
}
