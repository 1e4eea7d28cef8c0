package org.napcheck.rules;

import java.util.List;
import org.napcheck.model.Action;
import org.napcheck.model.Actor;
import org.napcheck.model.Budget;
import org.napcheck.model.Deadline;
import org.napcheck.model.Indicator;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Objective;
import org.napcheck.model.Period;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.model.Theme;

/** Small plans built in code, for tests that are not about file formats. */
final class TestPlans {
  private TestPlans() {}

  /** A plan with one action due by {@code deadlineYear}, covering the four WPS pillars. */
  static Plan withOneAction(String text, Integer deadlineYear, String indicatorText) {
    Action action =
        new Action(
            "1.a.1",
            text,
            List.of("MFA"),
            deadlineYear == null ? null : Deadline.ofYear(deadlineYear),
            null,
            List.of(Indicator.of("1.a.1-1", indicatorText)));
    return new Plan(
        "TEST-1",
        "LU",
        "Test plan",
        new Period(2025, 2030),
        "en",
        new MonitoringSetup("annual", null, "MFA", true),
        Budget.ofText("EUR 1 million a year"),
        List.of(new Actor("MFA", "Ministry of Foreign Affairs", null)),
        List.of(
            new Pillar(
                "I",
                "Participation",
                List.of(
                    Theme.PARTICIPATION, Theme.PREVENTION, Theme.PROTECTION, Theme.RELIEF_RECOVERY),
                List.of(new Objective("1.a", "Equal representation", List.of(action))))));
  }
}
