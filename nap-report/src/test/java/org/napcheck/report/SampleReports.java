package org.napcheck.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.napcheck.model.Action;
import org.napcheck.model.ActionStatus;
import org.napcheck.model.Actor;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Deadline;
import org.napcheck.model.Finding;
import org.napcheck.model.Indicator;
import org.napcheck.model.Location;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Objective;
import org.napcheck.model.Overview;
import org.napcheck.model.Period;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Severity;
import org.napcheck.model.Waiver;

/**
 * A small plan and its report, with texts that try to become markup or formulas: what every report
 * writer is tested on.
 */
final class SampleReports {
  static final String SCRIPT = "<script>alert('x')</script>";

  private SampleReports() {}

  static Plan plan() {
    var police =
        new Action(
            "2.a.1",
            "By 2029, train the Police " + SCRIPT,
            List.of("MAINT/Police"),
            Deadline.ofYear(2029),
            null,
            List.of(Indicator.of("2.a.1-1", "=HYPERLINK(\"http://evil\") number of participants")));
    var recruitment =
        new Action(
            "1.a.1",
            "Monitor recruitment [link](http://evil)",
            List.of("MFA"),
            null,
            null,
            List.of());
    return new Plan(
        "TEST-WPS-1",
        "LU",
        "Test plan <b>bold</b> & co",
        new Period(2025, 2030),
        "en",
        new MonitoringSetup("annual", null, "MFA", true),
        null,
        List.of(new Actor("MFA", "Ministry", null), new Actor("MAINT/Police", "Police", null)),
        List.of(
            new Pillar(
                "I",
                "Participation",
                List.of(),
                List.of(new Objective("1.a", "Equal representation", List.of(recruitment)))),
            new Pillar(
                "II",
                "Prevention",
                List.of(),
                List.of(new Objective("2.a", "Train <i>everyone</i>", List.of(police))))));
  }

  static CheckReport report() {
    Location plan = Location.ofPlan("TEST-WPS-1");
    var overdue =
        new Finding(
            "NAP-M001",
            Severity.ERROR,
            plan.withPillar("II").withObjective("2.a").withAction("2.a.1"),
            "Action 2.a.1 was due by 2029-12-31 and no report marks it completed.",
            ordered("deadline", "2029-12-31", "deadlineStated", "true"),
            null);
    var formula =
        new Finding(
            "NAP-I001",
            Severity.WARNING,
            plan.withPillar("II").withObjective("2.a").withAction("2.a.1").withIndicator("2.a.1-1"),
            "=HYPERLINK(\"http://evil\") counts people " + SCRIPT,
            ordered("text", "=HYPERLINK(\"http://evil\") number of participants"),
            null);
    var noIndicator =
        new Finding(
            "NAP-P003",
            Severity.ERROR,
            plan.withPillar("I").withObjective("1.a").withAction("1.a.1"),
            "Action 1.a.1 has no indicator: \"Monitor recruitment [link](http://evil)\"",
            ordered("text", "Monitor recruitment [link](http://evil)"),
            null);
    var noBudget =
        new Finding(
            "NAP-G001",
            Severity.WARNING,
            plan,
            "The plan states no budget.",
            Map.of(),
            new Waiver(
                "NAP-G001", plan, "@budget: voted each year", "MFA", LocalDate.of(2031, 12, 31)));
    var noReport =
        new Finding(
            "NAP-M006",
            Severity.WARNING,
            plan.withActor("MAINT/Police").withYear(2025).withReporter("MAINT/Police"),
            "MAINT/Police is responsible for actions but has no report for 2025, due by 2026-03-31.",
            ordered("reportsDue", "2026-03-31"),
            null);
    var overview =
        new Overview(
            List.of(
                new Overview.ActionState(
                    "1.a.1",
                    "I",
                    "1.a",
                    LocalDate.of(2030, 12, 31),
                    false,
                    Overview.Standing.IN_PROGRESS,
                    ActionStatus.IN_PROGRESS),
                new Overview.ActionState(
                    "2.a.1",
                    "II",
                    "2.a",
                    LocalDate.of(2029, 12, 31),
                    true,
                    Overview.Standing.OVERDUE,
                    null)),
            List.of(
                new Overview.ReportingState("MFA", 2025, Overview.Reporting.REPORTED),
                new Overview.ReportingState("MFA", 2026, Overview.Reporting.REPORTED),
                new Overview.ReportingState("MAINT/Police", 2025, Overview.Reporting.MISSING),
                new Overview.ReportingState("MAINT/Police", 2026, Overview.Reporting.NOT_DUE)),
            new Overview.SexDisaggregation(1, 0, 1, 0));
    return new CheckReport(
        "TEST-WPS-1",
        LocalDate.of(2030, 1, 1),
        "napcheck-rules 0.1.0",
        List.of(noReport, noBudget, formula, noIndicator, overdue),
        List.of(
            new CheckReport.RuleOutcome("NAP-G001", "Plan states no budget", Severity.WARNING, 1),
            new CheckReport.RuleOutcome(
                "NAP-I001", "Missing gender breakdown", Severity.WARNING, 1),
            new CheckReport.RuleOutcome("NAP-M001", "Action overdue", Severity.ERROR, 1),
            new CheckReport.RuleOutcome(
                "NAP-M006", "Responsible actor with no report", Severity.WARNING, 1),
            new CheckReport.RuleOutcome("NAP-P003", "Action with no indicator", Severity.ERROR, 1)),
        overview);
  }

  static List<RuleInfo> catalog() {
    return List.of(
        rule("NAP-G001", "Plan states no budget", Severity.WARNING),
        rule("NAP-I001", "Missing gender breakdown", Severity.WARNING),
        rule("NAP-M001", "Action overdue", Severity.ERROR),
        rule("NAP-M006", "Responsible actor with no report", Severity.WARNING),
        rule("NAP-P003", "Action with no indicator", Severity.ERROR));
  }

  static ReportContext context(Locale locale) {
    return new ReportContext(report(), plan(), catalog(), locale);
  }

  private static RuleInfo rule(String id, String title, Severity severity) {
    return new RuleInfo(
        id,
        title,
        severity,
        "Why " + id + " matters.",
        "Source of " + id + ".",
        "Fix " + id + ".",
        "napcheck",
        true);
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    var map = new LinkedHashMap<String, String>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
