package org.napcheck.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.Severity;
import org.napcheck.model.Waiver;

/** A check report with one finding of each kind, as the golden file {@code report.json} has it. */
final class Reports {

  private Reports() {}

  static CheckReport sample() {
    Location plan = Location.ofPlan("TEST-WPS-1");
    var overdue =
        new Finding(
            "NAP-M001",
            Severity.ERROR,
            plan.withPillar("II").withObjective("2.a").withAction("2.a.1"),
            "Action 2.a.1 is overdue: due by 2027-06-30 and not reported completed.",
            ordered("deadline", "2027-06-30", "lastStatus", "in-progress"),
            null);
    var noBudget =
        new Finding(
            "NAP-G001",
            Severity.WARNING,
            plan,
            "The plan states no budget.",
            Map.of(),
            new Waiver(
                "NAP-G001",
                plan,
                "The budget is voted each year.",
                "MFA",
                LocalDate.of(2031, 12, 31)));
    var noValue =
        new Finding(
            "NAP-M007",
            Severity.INFO,
            plan.withIndicator("1.a.2-1").withYear(2026).withReporter("MFA D7"),
            "No value for 1.a.2-1 in 2026.",
            ordered("indicator", "1.a.2-1", "year", "2026"),
            null);
    return new CheckReport(
        "TEST-WPS-1",
        LocalDate.of(2030, 1, 1),
        "napcheck-rules 0.1.0",
        // Out of order on purpose: the report orders them.
        List.of(noValue, noBudget, overdue),
        List.of(
            new CheckReport.RuleOutcome(
                "NAP-G001", "The plan states no budget", Severity.WARNING, 1),
            new CheckReport.RuleOutcome("NAP-M001", "An overdue action", Severity.ERROR, 1),
            new CheckReport.RuleOutcome("NAP-M007", "An indicator with no value", Severity.INFO, 1),
            new CheckReport.RuleOutcome(
                "NAP-P001", "A pillar with no objective", Severity.ERROR, 0)));
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    var map = new java.util.LinkedHashMap<String, String>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
