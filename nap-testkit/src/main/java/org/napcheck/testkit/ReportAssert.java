package org.napcheck.testkit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Severity;

/**
 * Assertions on a {@link CheckReport}. Failures list the findings there are, so that a failing test
 * says what to change.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, CheckReport> {

  ReportAssert(CheckReport actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Checks that the rule found something, waived or not, and narrows to those findings.
   *
   * <pre>{@code
   * assertThat(report).hasFinding("NAP-P005").at("1.a.1");
   * }</pre>
   */
  public FindingAssert hasFinding(String ruleId) {
    isNotNull();
    Objects.requireNonNull(ruleId, "ruleId");
    List<Finding> found = ofRule(ruleId);
    if (found.isEmpty()) {
      failWithMessage(
          "Expected a finding of %s in the report of %s as of %s, but there is none.%nFindings:%n%s",
          ruleId, actual.plan(), actual.asOf(), Describe.summary(actual.findings()));
    }
    return new FindingAssert(this, ruleId, found);
  }

  /** Checks that the rule found nothing at all, waived or not. */
  public ReportAssert hasNoFinding(String ruleId) {
    isNotNull();
    List<Finding> found = ofRule(ruleId);
    if (!found.isEmpty()) {
      failWithMessage(
          "Expected no finding of %s, but found %d:%n%s",
          ruleId, found.size(), Describe.list(found));
    }
    return this;
  }

  /**
   * Checks that the rule found nothing whose most specific location part is {@code id} (see {@link
   * FindingAssert#at}).
   */
  public ReportAssert hasNoFinding(String ruleId, String id) {
    isNotNull();
    List<Finding> found = ofRule(ruleId).stream().filter(f -> FindingAssert.isAt(f, id)).toList();
    if (!found.isEmpty()) {
      failWithMessage(
          "Expected no finding of %s at %s, but found %d:%n%s",
          ruleId, id, found.size(), Describe.list(found));
    }
    return this;
  }

  /**
   * Checks that no finding that is not waived is at {@code severity} or more severe: what {@code
   * napcheck check --fail-on} tests.
   */
  public ReportAssert hasNoFindingsAtOrAbove(Severity severity) {
    isNotNull();
    Objects.requireNonNull(severity, "severity");
    List<Finding> found =
        actual.findings().stream()
            .filter(finding -> !finding.waived() && finding.severity().isAtLeast(severity))
            .toList();
    if (!found.isEmpty()) {
      failWithMessage(
          "Expected no finding at or above %s (waived ones aside), but found %d:%n%s",
          severity.code(), found.size(), Describe.list(found));
    }
    return this;
  }

  /** Checks the counts of findings that are not waived, by severity. */
  public ReportAssert hasSummary(int errors, int warnings, int info) {
    isNotNull();
    var summary = actual.summary();
    if (summary.get(Severity.ERROR) != errors
        || summary.get(Severity.WARNING) != warnings
        || summary.get(Severity.INFO) != info) {
      failWithMessage(
          "Expected %d errors, %d warnings, %d info, but found %d, %d, %d",
          errors,
          warnings,
          info,
          summary.get(Severity.ERROR),
          summary.get(Severity.WARNING),
          summary.get(Severity.INFO));
    }
    return this;
  }

  private List<Finding> ofRule(String ruleId) {
    return actual.findings().stream().filter(finding -> finding.rule().equals(ruleId)).toList();
  }

  /** How findings are shown in failure messages. */
  static final class Describe {
    private static final int MOST = 20;

    private Describe() {}

    static String list(List<Finding> findings) {
      String shown =
          findings.stream().limit(MOST).map(Describe::one).collect(Collectors.joining("\n"));
      return findings.size() > MOST
          ? shown + "\n  ... and " + (findings.size() - MOST) + " more"
          : shown;
    }

    static String one(Finding finding) {
      return "  "
          + finding.rule()
          + " "
          + finding.severity().code()
          + " at "
          + FindingAssert.where(finding)
          + (finding.waived() ? " (waived)" : "")
          + ": "
          + finding.message();
    }

    /** Each rule that fired, with how often: {@code NAP-I001 ×15}. */
    static String summary(List<Finding> findings) {
      if (findings.isEmpty()) {
        return "  (none)";
      }
      return findings.stream()
          .collect(
              Collectors.groupingBy(Finding::rule, java.util.TreeMap::new, Collectors.counting()))
          .entrySet()
          .stream()
          .map(entry -> "  " + entry.getKey() + " ×" + entry.getValue())
          .collect(Collectors.joining("\n"));
    }
  }
}
