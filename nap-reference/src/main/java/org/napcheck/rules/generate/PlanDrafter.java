package org.napcheck.rules.generate;

import static org.napcheck.rules.generate.SampleTexts.ACTION_TEXTS;
import static org.napcheck.rules.generate.SampleTexts.EVERYONE;
import static org.napcheck.rules.generate.SampleTexts.INDICATOR_TEXTS;
import static org.napcheck.rules.generate.SampleTexts.OBJECTIVE_TITLES;
import static org.napcheck.rules.generate.SampleTexts.PILLAR_THEMES;
import static org.napcheck.rules.generate.SampleTexts.PILLAR_TITLES;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.napcheck.model.Action;
import org.napcheck.model.Actor;
import org.napcheck.model.Budget;
import org.napcheck.model.Deadline;
import org.napcheck.model.Indicator;
import org.napcheck.model.Measure;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Objective;
import org.napcheck.model.Period;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;

/**
 * Draws a generated plan: its bodies, then its pillars with their objectives, actions and
 * indicators, then its monitoring set-up and budget. One drafter makes one plan.
 */
final class PlanDrafter {
  private static final double ACTIONS_PER_OBJECTIVE = 3.4;

  private final Dice dice;
  private final String planId;
  private final int actions;
  private final int years;
  private final int reporters;
  private final Period period;
  private final List<Actor> actors = new ArrayList<>();

  /** For each reporting body, the actions it is responsible for. */
  private final Map<String, List<Action>> actionsByReporter = new LinkedHashMap<>();

  private final List<Action> allActions = new ArrayList<>();

  /**
   * A plan drafted, with what its reports are drawn from.
   *
   * @param actionsByReporter for each body that reports, in the order of the plan's bodies, the
   *     actions it is responsible for
   * @param actions every action of the plan, in plan order
   */
  record Draft(Plan plan, Map<String, List<Action>> actionsByReporter, List<Action> actions) {}

  /**
   * @param years how many years of monitoring data there are; the plan runs one year more
   * @param reporters how many bodies report; the plan lists a few more
   */
  PlanDrafter(Dice dice, String planId, int actions, int years, int reporters) {
    this.dice = dice;
    this.planId = planId;
    this.actions = actions;
    this.years = years;
    this.reporters = reporters;
    this.period = new Period(PlanGenerator.START_YEAR, PlanGenerator.START_YEAR + years);
  }

  Draft draft() {
    addActors();
    List<Pillar> pillars = pillars();
    Plan plan =
        new Plan(
            planId,
            "LU",
            "Synthetic plan " + planId,
            period,
            "en",
            monitoringSetup(),
            dice.chance(0.5) ? null : Budget.ofText("EUR 1 million a year"),
            actors,
            pillars);
    return new Draft(plan, actionsByReporter, allActions);
  }

  /**
   * Top-level bodies, each with up to three sub-bodies; the first {@code reporters} of them report,
   * the rest never do.
   */
  private void addActors() {
    int total = reporters + Math.max(1, reporters / 5);
    String parent = null;
    int ministry = 0;
    int directorate = 0;
    for (int i = 0; i < total; i++) {
      if (parent == null || directorate >= 3 || dice.chance(0.3)) {
        ministry++;
        directorate = 0;
        parent = "M" + ministry;
        actors.add(new Actor(parent, "Ministry " + ministry, null));
      } else {
        directorate++;
        actors.add(new Actor(parent + " D" + directorate, "Directorate " + directorate, parent));
      }
    }
    if (dice.chance(0.05) && actors.size() > 1) {
      actors.add(actors.get(1)); // the same body listed twice
    }
    for (int i = 0; i < reporters && i < actors.size(); i++) {
      actionsByReporter.put(actors.get(i).code(), new ArrayList<>());
    }
  }

  private MonitoringSetup monitoringSetup() {
    if (dice.chance(0.1)) {
      return null;
    }
    return new MonitoringSetup(
        dice.chance(0.9) ? "annual" : null,
        dice.chance(0.5) ? MonthDay.of(3, 31) : dice.chance(0.5) ? null : MonthDay.of(6, 30),
        dice.chance(0.85) ? actors.get(0).code() : null,
        dice.chance(0.8) ? Boolean.TRUE : dice.chance(0.5) ? null : Boolean.FALSE);
  }

  private List<Pillar> pillars() {
    int pillarCount = dice.chance(0.15) ? 3 : dice.chance(0.2) ? 5 : 4;
    int objectiveCount = (int) Math.ceil(actions / ACTIONS_PER_OBJECTIVE);
    var pillars = new ArrayList<Pillar>();
    int actionsLeft = actions;
    int objectivesLeft = objectiveCount;
    for (int p = 0; p < pillarCount; p++) {
      String pillarId = roman(p + 1);
      int objectivesHere = objectivesLeft / (pillarCount - p);
      var objectives = new ArrayList<Objective>();
      for (int o = 0; o < objectivesHere; o++) {
        int actionsHere = actionsLeft / objectivesLeft;
        objectivesLeft--;
        actionsLeft -= actionsHere;
        var actionList = new ArrayList<Action>(actionsHere);
        String objectiveId = (p + 1) + "." + letters(objectives.size());
        for (int a = 0; a < actionsHere; a++) {
          actionList.add(action(objectiveId, a + 1));
        }
        objectives.add(new Objective(objectiveId, dice.pick(OBJECTIVE_TITLES), actionList));
        if (dice.chance(0.01)) {
          String emptyId = (p + 1) + "." + letters(objectives.size());
          objectives.add(new Objective(emptyId, dice.pick(OBJECTIVE_TITLES), List.of()));
        }
      }
      boolean statesThemes = dice.chance(0.5);
      pillars.add(
          new Pillar(
              pillarId,
              PILLAR_TITLES[p % PILLAR_TITLES.length],
              statesThemes ? List.of(PILLAR_THEMES[p % PILLAR_THEMES.length]) : List.of(),
              objectives));
    }
    if (dice.chance(0.15)) {
      pillars.add(new Pillar(roman(pillarCount + 1), "Coordination", List.of(), List.of()));
    }
    return pillars;
  }

  private Action action(String objectiveId, int position) {
    // Now and then an id typed twice, as drafts do.
    String id = objectiveId + "." + (dice.chance(0.005) && position > 1 ? position - 1 : position);
    String text = dice.pick(ACTION_TEXTS);
    List<String> reporting = responsible();
    List<String> responsible = reporting;
    if (Math.floorMod(id.hashCode(), 37) == 0 && actors.size() > 6) {
      // About one action in 37 is shared by many bodies (NAP-P011); chosen from the id, not
      // the random source, and reported by the bodies drawn, so that the rest of what a seed
      // generates stays as it was.
      responsible = actors.subList(0, 7).stream().map(actor -> actor.code()).toList();
    }
    Deadline deadline = deadline();
    Boolean continuous = dice.chance(0.9) ? null : Boolean.valueOf(dice.chance(0.5));
    int indicatorCount = dice.chance(0.02) ? 0 : 1 + dice.nextInt(3);
    var indicators = new ArrayList<Indicator>(indicatorCount);
    for (int i = 1; i <= indicatorCount; i++) {
      String indicatorId = id + "-" + (dice.chance(0.003) && i > 1 ? i - 1 : i);
      indicators.add(indicator(indicatorId));
    }
    Action action = new Action(id, text, responsible, deadline, continuous, indicators);
    allActions.add(action);
    for (String code : reporting) {
      List<Action> its = actionsByReporter.get(code);
      if (its != null) {
        its.add(action);
      }
    }
    return action;
  }

  /** About four actions in ten have a year, a few of them after the plan's end; a few a day. */
  private Deadline deadline() {
    if (dice.chance(0.4)) {
      int year = period.start() + dice.nextInt(period.end() - period.start() + 1);
      return Deadline.ofYear(dice.chance(0.03) ? year + period.end() - period.start() + 1 : year);
    }
    if (dice.chance(0.05)) {
      return Deadline.ofDate(period.firstDay().plusDays(dice.nextInt(365 * (years + 1))));
    }
    return null;
  }

  private List<String> responsible() {
    if (dice.chance(0.02)) {
      return List.of();
    }
    if (dice.chance(0.04)) {
      return List.of(dice.pick(EVERYONE));
    }
    int count = 1 + (dice.chance(0.3) ? 1 + dice.nextInt(2) : 0);
    var codes = new ArrayList<String>(count);
    for (int i = 0; i < count; i++) {
      String code = actors.get(dice.nextInt(actors.size())).code();
      if (dice.chance(0.02)) {
        code = code.replace('M', 'N'); // a typo, or another ministry's abbreviation
      } else if (dice.chance(0.005)) {
        code = "Unknown agency " + dice.nextInt(5);
      } else if (dice.chance(0.02)) {
        code = dice.pick(EVERYONE);
      }
      codes.add(code);
    }
    return codes;
  }

  private Indicator indicator(String id) {
    String text = dice.pick(INDICATOR_TEXTS);
    if (dice.chance(0.85)) {
      return Indicator.of(id, text);
    }
    Measure measure =
        dice.chance(0.5) ? Measure.values()[dice.nextInt(Measure.values().length)] : null;
    List<String> disaggregation =
        dice.chance(0.5) ? List.of() : dice.chance(0.5) ? List.of("sex") : List.of("sex", "age");
    Boolean parity = dice.chance(0.7) ? null : Boolean.valueOf(dice.chance(0.5));
    return new Indicator(
        id,
        text,
        measure,
        disaggregation,
        parity,
        dice.chance(0.5) ? "0" : null,
        dice.chance(0.5) ? "50% women" : null);
  }

  private static String roman(int number) {
    String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    return number <= numerals.length ? numerals[number - 1] : "P" + number;
  }

  /** 0 → a, 25 → z, 26 → aa: objective letters, as plans number them. */
  private static String letters(int index) {
    var letters = new StringBuilder();
    int rest = index;
    do {
      letters.insert(0, (char) ('a' + rest % 26));
      rest = rest / 26 - 1;
    } while (rest >= 0);
    return letters.toString();
  }
}
