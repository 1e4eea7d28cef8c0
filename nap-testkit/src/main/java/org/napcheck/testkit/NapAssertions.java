package org.napcheck.testkit;

import org.napcheck.model.CheckReport;

/**
 * Entry point of napcheck's assertions, beside AssertJ's own.
 *
 * <pre>{@code
 * import static org.napcheck.testkit.NapAssertions.assertThat;
 *
 * CheckReport report = checker.check(plan, reports, LocalDate.of(2030, 1, 1));
 * assertThat(report).hasFinding("NAP-M001").at("3.b.3").withSeverity(Severity.ERROR);
 * assertThat(report).hasNoFinding("NAP-P004").hasNoFindingsAtOrAbove(Severity.ERROR);
 * }</pre>
 */
public final class NapAssertions {
  private NapAssertions() {}

  public static ReportAssert assertThat(CheckReport report) {
    return new ReportAssert(report);
  }
}
