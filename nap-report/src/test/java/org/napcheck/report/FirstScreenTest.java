package org.napcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.napcheck.model.ActorSplit;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.Severity;

/**
 * The first screen of the text report on a long report: the first findings of a rule, then a count.
 */
class FirstScreenTest {

  @Test
  void should_show_the_first_findings_of_a_long_rule_and_count_the_others() {
    // GIVEN seven findings of one rule, at the Police's action
    CheckReport sample = SampleReports.report();
    var findings = new ArrayList<Finding>();
    for (int year = 2025; year < 2032; year++) {
      findings.add(
          new Finding(
              "NAP-I001",
              Severity.WARNING,
              Location.ofPlan("TEST-WPS-1")
                  .withPillar("II")
                  .withObjective("2.a")
                  .withAction("2.a.1")
                  .withIndicator("2.a.1-1")
                  .withYear(year),
              "Finding of " + year,
              Map.of(),
              null));
    }
    var report =
        new CheckReport(
            sample.plan(), sample.asOf(), sample.ruleSet(), findings, sample.rules(), null);

    // WHEN
    String english = render(report, Locale.ENGLISH);
    String french = render(report, Locale.FRENCH);

    // THEN
    String firstScreen = english.substring(0, english.indexOf("ALL FINDINGS"));
    assertThat(firstScreen)
        .contains("warning NAP-I001  7  Missing gender breakdown")
        .contains("  MAINT/Police       0         7            0")
        .contains("Finding of 2029")
        .doesNotContain("Finding of 2030")
        .contains("… and 2 more");
    assertThat(english.substring(english.indexOf("ALL FINDINGS"))).contains("Finding of 2031");
    assertThat(french).contains("… et 2 autres").contains("TOUS LES CONSTATS");
  }

  @Test
  void should_name_the_body_of_a_part_and_not_count_bodies_again() {
    ActorSplit.Part police =
        SampleReports.report()
            .splitByActor(SampleReports.plan())
            .part("MAINT/Police")
            .orElseThrow();

    String text = ReportFormat.TEXT.render(SampleReports.context(Locale.ENGLISH).forPart(police));

    assertThat(text).contains("Findings for MAINT/Police — Police").contains("Findings by rule");
    assertThat(text).doesNotContain("Findings by responsible body").doesNotContain("NAP-P003");
  }

  private static String render(CheckReport report, Locale locale) {
    return ReportFormat.TEXT.render(
        new ReportContext(report, SampleReports.plan(), SampleReports.catalog(), locale));
  }
}
