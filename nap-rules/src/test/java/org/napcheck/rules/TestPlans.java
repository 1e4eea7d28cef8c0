package org.napcheck.rules;

import java.util.ArrayList;
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
    return plan(
        "TEST-1",
        "Test plan",
        "en",
        List.of(Theme.PARTICIPATION, Theme.PREVENTION, Theme.PROTECTION, Theme.RELIEF_RECOVERY),
        new Objective("1.a", "Equal representation", List.of(action)));
  }

  /** A plan in English of one objective whose actions are {@code actions}. */
  static Plan withActions(List<Action> actions) {
    return plan(
        "TEST-1",
        "Test plan",
        "en",
        List.of(Theme.values()),
        new Objective("1.a", "Equal representation", actions));
  }

  /**
   * A plan in {@code language} of one objective whose actions are {@code actionTexts}, action i
   * ({@code 1.a.i}, from 1) with one indicator ({@code 1.a.i-1}) of {@code indicatorTexts}.
   */
  static Plan withIndicators(
      String language, List<String> actionTexts, List<String> indicatorTexts) {
    var actions = new ArrayList<Action>();
    for (int i = 0; i < indicatorTexts.size(); i++) {
      String actionId = "1.a." + (i + 1);
      actions.add(
          new Action(
              actionId,
              actionTexts.get(i),
              List.of("MFA"),
              null,
              null,
              List.of(Indicator.of(actionId + "-1", indicatorTexts.get(i)))));
    }
    return plan(
        "CORPUS",
        "Corpus",
        language,
        List.of(Theme.values()),
        new Objective("1.a", "Objective", actions));
  }

  /** A plan of one pillar ("I") of one objective, whose only body is the MFA. */
  private static Plan plan(
      String id, String title, String language, List<Theme> themes, Objective objective) {
    return new Plan(
        id,
        "LU",
        title,
        new Period(2025, 2030),
        language,
        new MonitoringSetup("annual", null, "MFA", true),
        Budget.ofText("EUR 1 million a year"),
        List.of(new Actor("MFA", "Ministry of Foreign Affairs", null)),
        List.of(new Pillar("I", "Participation", themes, List.of(objective))));
  }
}
