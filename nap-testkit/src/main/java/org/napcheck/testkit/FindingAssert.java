package org.napcheck.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.Severity;

/**
 * Assertions on the findings of one rule, narrowed step by step: each step keeps the findings that
 * match it and fails when none is left.
 *
 * <pre>{@code
 * assertThat(report).hasFinding("NAP-M006").forReporter("PM Geneva").notWaived();
 * }</pre>
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, List<Finding>> {
  private final ReportAssert report;
  private final String ruleId;
  private final List<String> criteria;

  FindingAssert(ReportAssert report, String ruleId, List<Finding> findings) {
    this(report, ruleId, findings, List.of());
  }

  private FindingAssert(
      ReportAssert report, String ruleId, List<Finding> findings, List<String> criteria) {
    super(List.copyOf(findings), FindingAssert.class);
    this.report = report;
    this.ruleId = ruleId;
    this.criteria = List.copyOf(criteria);
  }

  /**
   * Keeps the findings whose most specific location part is {@code id}: the indicator ({@code
   * 1.a.1-1}), else the action ({@code 3.b.3}), else the objective, else the pillar, else the plan.
   */
  public FindingAssert at(String id) {
    Objects.requireNonNull(id, "id");
    return narrow("at " + id, finding -> isAt(finding, id));
  }

  /** Keeps the findings about monitoring year {@code year}. */
  public FindingAssert inYear(int year) {
    return narrow(
        "in " + year,
        finding -> finding.location().year() != null && finding.location().year() == year);
  }

  /** Keeps the findings about the report of {@code reporter}. */
  public FindingAssert forReporter(String reporter) {
    return narrow(
        "for reporter " + reporter, finding -> reporter.equals(finding.location().reporter()));
  }

  /** Keeps the findings about responsible body {@code actor}. */
  public FindingAssert forActor(String actor) {
    return narrow("for actor " + actor, finding -> actor.equals(finding.location().actor()));
  }

  public FindingAssert withSeverity(Severity severity) {
    return narrow("with severity " + severity.code(), finding -> finding.severity() == severity);
  }

  /** Keeps the findings whose evidence holds {@code key} with {@code value}. */
  public FindingAssert withEvidence(String key, String value) {
    return narrow(
        "with evidence " + key + "=" + value, finding -> value.equals(finding.evidence().get(key)));
  }

  public FindingAssert withMessageContaining(String text) {
    return narrow(
        "with a message containing \"" + text + "\"", finding -> finding.message().contains(text));
  }

  public FindingAssert waived() {
    return narrow("waived", Finding::waived);
  }

  public FindingAssert notWaived() {
    return narrow("not waived", finding -> !finding.waived());
  }

  /** Checks that exactly {@code count} findings are left. */
  public FindingAssert times(int count) {
    if (actual.size() != count) {
      failWithMessage(
          "Expected %d findings of %s%s, but found %d:%n%s",
          count, ruleId, described(criteria), actual.size(), ReportAssert.Describe.list(actual));
    }
    return this;
  }

  /** Back to the whole report, for more assertions. */
  public ReportAssert and() {
    return report;
  }

  private FindingAssert narrow(String criterion, Predicate<Finding> test) {
    List<Finding> kept = actual.stream().filter(test).toList();
    var all = new ArrayList<>(criteria);
    all.add(criterion);
    if (kept.isEmpty()) {
      failWithMessage(
          "Expected a finding of %s%s, but its findings%s are:%n%s",
          ruleId, described(all), described(criteria), ReportAssert.Describe.list(actual));
    }
    return new FindingAssert(report, ruleId, kept, all);
  }

  private static String described(List<String> criteria) {
    return criteria.isEmpty() ? "" : " " + String.join(", ", criteria);
  }

  static boolean isAt(Finding finding, String id) {
    return id.equals(finding.location().mostSpecific());
  }

  /** {@code 3.b.3 · 2026 · MAINT/Police}. */
  static String where(Finding finding) {
    Location location = finding.location();
    var parts = new ArrayList<String>();
    parts.add(location.mostSpecific());
    if (location.year() != null) {
      parts.add(location.year().toString());
    }
    if (location.reporter() != null) {
      parts.add(location.reporter());
    }
    if (location.actor() != null && !location.actor().equals(location.reporter())) {
      parts.add(location.actor());
    }
    return String.join(" · ", parts);
  }
}
