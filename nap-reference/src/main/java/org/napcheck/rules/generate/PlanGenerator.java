package org.napcheck.rules.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.napcheck.model.Action;
import org.napcheck.model.ActionProgress;
import org.napcheck.model.ActionStatus;
import org.napcheck.model.Actor;
import org.napcheck.model.Budget;
import org.napcheck.model.Deadline;
import org.napcheck.model.Indicator;
import org.napcheck.model.IndicatorValue;
import org.napcheck.model.Location;
import org.napcheck.model.Measure;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Objective;
import org.napcheck.model.Period;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.model.Theme;
import org.napcheck.model.Waiver;

/**
 * Makes synthetic plans with their monitoring data, for tests and benchmarks: the same seed and
 * sizes give the same plan, report for report.
 *
 * <p>The plans look like Luxembourg's: four pillars, about three and a half actions per objective,
 * one to three indicators per action, texts drawn from the kind the published plan uses, bodies
 * with sub-bodies. Every rule of the catalog has gaps to find, at rates like those of a real draft:
 * most indicators are fine, some count people with no breakdown by sex, a few actions name a body
 * the plan does not list; most reports come in, a few are missing or name what the plan does not
 * have.
 *
 * <pre>{@code
 * Generated data = PlanGenerator.seeded(42).actions(1_000).years(5).reporters(20).generate();
 * checker.check(data.plan(), data.reports(), data.asOf(), data.waivers());
 * }</pre>
 */
public final class PlanGenerator {
  /** The first year of every generated plan. */
  public static final int START_YEAR = 2025;

  private static final double ACTIONS_PER_OBJECTIVE = 3.4;

  private static final String[] PILLAR_TITLES = {
    "Full, equal and meaningful participation",
    "Prevention of conflict and of violence against women",
    "Protection of the rights of women and girls",
    "Relief and recovery",
    "Promotion of the Women, Peace and Security agenda",
  };

  private static final Theme[] PILLAR_THEMES = {
    Theme.PARTICIPATION, Theme.PREVENTION, Theme.PROTECTION, Theme.RELIEF_RECOVERY, Theme.PROMOTION
  };

  private static final String[] OBJECTIVE_TITLES = {
    "Continue efforts to achieve equal gender representation in the diplomatic corps.",
    "Increase women's participation in decision-making and leadership.",
    "Increase the participation of women in peacekeeping operations and mediation efforts.",
    "Empower women and girls as agents of change.",
    "Amplify the voices of young people.",
    "Prevent sexual and gender-based violence in conflict.",
    "Support survivors of conflict-related sexual violence.",
  };

  private static final String[] ACTION_TEXTS = {
    "Monitor recruitment.",
    "Organise training on the Women, Peace and Security agenda for staff.",
    "Continue to support women mediators.",
    "Ongoing dialogue with civil society organisations.",
    "Avoid organising panels composed solely of people of the same gender.",
    "Develop and implement internal training on violence against women.",
    "Fund projects of civil society organisations in partner countries.",
    "Raise awareness of young people on gender equality.",
    "Maintain support to the UN Trust Fund for Victims.",
    "Publish an annual report on the implementation of the plan.",
    "Second female experts to international missions.",
    "Poursuivre le dialogue avec la société civile.",
  };

  /** Indicator texts, as published plans write them; most are fine, some are gaps on purpose. */
  private static final String[] INDICATOR_TEXTS = {
    "number of participants",
    "Number and gender of participants",
    "Annual evaluation of the gender distribution among recruited personnel",
    "number of young people participating in events",
    "number, age and gender of participants",
    "Statements made",
    "Actions taken",
    "Progress made",
    "Training sessions held",
    "Number of supported projects",
    "funds allocated",
    "Research conducted",
    "number of female experts seconded",
    "share of women among heads of mission",
    "Publication of the annual report",
    "composition of delegations (women and men)",
    "nombre de participants par sexe",
    "Centre established",
  };

  private static final String[] EVERYONE = {"All", "All ministries", "All diplomatic missions"};

  private final long seed;
  private int actions = 100;
  private int years = 5;
  private int reporters = 10;

  private PlanGenerator(long seed) {
    this.seed = seed;
  }

  /** A generator whose output depends only on {@code seed} and the sizes set. */
  public static PlanGenerator seeded(long seed) {
    return new PlanGenerator(seed);
  }

  /** How many actions the plan has (100 unless set). */
  public PlanGenerator actions(int actions) {
    this.actions = requireAtLeast(0, actions, "actions");
    return this;
  }

  /** How many years of monitoring data there are; the plan runs one year more (5 unless set). */
  public PlanGenerator years(int years) {
    this.years = requireAtLeast(1, years, "years");
    return this;
  }

  /** How many bodies report each year; the plan lists a few more (10 unless set). */
  public PlanGenerator reporters(int reporters) {
    this.reporters = requireAtLeast(1, reporters, "reporters");
    return this;
  }

  /** A plan, its reports and waivers, and a check date by which every year's reports were due. */
  public record Generated(
      Plan plan, List<MonitoringReport> reports, List<Waiver> waivers, LocalDate asOf) {
    public Generated {
      reports = List.copyOf(reports);
      waivers = List.copyOf(waivers);
    }

    /** The number of indicator values in all the reports. */
    public int valueCount() {
      return reports.stream().mapToInt(report -> report.values().size()).sum();
    }
  }

  public Generated generate() {
    return new Run(new SplittableRandom(seed)).generate();
  }

  private final class Run {
    private final SplittableRandom random;
    private final String planId;
    private final Period period;
    private final List<Actor> actors = new ArrayList<>();

    /** For each reporting body, the actions it is responsible for. */
    private final Map<String, List<Action>> actionsByReporter = new LinkedHashMap<>();

    private final List<Action> allActions = new ArrayList<>();

    Run(SplittableRandom random) {
      this.random = random;
      this.planId = "GEN-" + Long.toHexString(seed & 0xffff).toUpperCase(Locale.ROOT);
      this.period = new Period(START_YEAR, START_YEAR + years);
    }

    Generated generate() {
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
              chance(0.5) ? null : Budget.ofText("EUR 1 million a year"),
              actors,
              pillars);
      List<MonitoringReport> reports = reports();
      LocalDate asOf = LocalDate.of(START_YEAR + years, 4, 1);
      return new Generated(plan, reports, waivers(asOf), asOf);
    }

    /**
     * Top-level bodies, each with up to three sub-bodies; the first {@code reporters} of them
     * report, the rest never do.
     */
    private void addActors() {
      int total = reporters + Math.max(1, reporters / 5);
      String parent = null;
      int ministry = 0;
      int directorate = 0;
      for (int i = 0; i < total; i++) {
        if (parent == null || directorate >= 3 || chance(0.3)) {
          ministry++;
          directorate = 0;
          parent = "M" + ministry;
          actors.add(new Actor(parent, "Ministry " + ministry, null));
        } else {
          directorate++;
          actors.add(new Actor(parent + " D" + directorate, "Directorate " + directorate, parent));
        }
      }
      if (chance(0.05) && actors.size() > 1) {
        actors.add(actors.get(1)); // the same body listed twice
      }
      for (int i = 0; i < reporters && i < actors.size(); i++) {
        actionsByReporter.put(actors.get(i).code(), new ArrayList<>());
      }
    }

    private MonitoringSetup monitoringSetup() {
      if (chance(0.1)) {
        return null;
      }
      return new MonitoringSetup(
          chance(0.9) ? "annual" : null,
          chance(0.5) ? MonthDay.of(3, 31) : chance(0.5) ? null : MonthDay.of(6, 30),
          chance(0.85) ? actors.get(0).code() : null,
          chance(0.8) ? Boolean.TRUE : chance(0.5) ? null : Boolean.FALSE);
    }

    private List<Pillar> pillars() {
      int pillarCount = chance(0.15) ? 3 : chance(0.2) ? 5 : 4;
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
          objectives.add(new Objective(objectiveId, pick(OBJECTIVE_TITLES), actionList));
          if (chance(0.01)) {
            String emptyId = (p + 1) + "." + letters(objectives.size());
            objectives.add(new Objective(emptyId, pick(OBJECTIVE_TITLES), List.of()));
          }
        }
        boolean statesThemes = chance(0.5);
        pillars.add(
            new Pillar(
                pillarId,
                PILLAR_TITLES[p % PILLAR_TITLES.length],
                statesThemes ? List.of(PILLAR_THEMES[p % PILLAR_THEMES.length]) : List.of(),
                objectives));
      }
      if (chance(0.15)) {
        pillars.add(new Pillar(roman(pillarCount + 1), "Coordination", List.of(), List.of()));
      }
      return pillars;
    }

    private Action action(String objectiveId, int position) {
      // Now and then an id typed twice, as drafts do.
      String id = objectiveId + "." + (chance(0.005) && position > 1 ? position - 1 : position);
      String text = pick(ACTION_TEXTS);
      List<String> reporting = responsible();
      List<String> responsible = reporting;
      if (Math.floorMod(id.hashCode(), 37) == 0 && actors.size() > 6) {
        // About one action in 37 is shared by many bodies (NAP-P011); chosen from the id, not
        // the random source, and reported by the bodies drawn, so that the rest of what a seed
        // generates stays as it was.
        responsible = actors.subList(0, 7).stream().map(actor -> actor.code()).toList();
      }
      Deadline deadline = null;
      if (chance(0.4)) {
        int year = period.start() + random.nextInt(period.end() - period.start() + 1);
        deadline = Deadline.ofYear(chance(0.03) ? year + period.end() - period.start() + 1 : year);
      } else if (chance(0.05)) {
        deadline = Deadline.ofDate(period.firstDay().plusDays(random.nextInt(365 * (years + 1))));
      }
      Boolean continuous = chance(0.9) ? null : Boolean.valueOf(chance(0.5));
      int indicatorCount = chance(0.02) ? 0 : 1 + random.nextInt(3);
      var indicators = new ArrayList<Indicator>(indicatorCount);
      for (int i = 1; i <= indicatorCount; i++) {
        String indicatorId = id + "-" + (chance(0.003) && i > 1 ? i - 1 : i);
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

    private List<String> responsible() {
      if (chance(0.02)) {
        return List.of();
      }
      if (chance(0.04)) {
        return List.of(pick(EVERYONE));
      }
      int count = 1 + (chance(0.3) ? 1 + random.nextInt(2) : 0);
      var codes = new ArrayList<String>(count);
      for (int i = 0; i < count; i++) {
        String code = actors.get(random.nextInt(actors.size())).code();
        if (chance(0.02)) {
          code = code.replace('M', 'N'); // a typo, or another ministry's abbreviation
        } else if (chance(0.005)) {
          code = "Unknown agency " + random.nextInt(5);
        } else if (chance(0.02)) {
          code = pick(EVERYONE);
        }
        codes.add(code);
      }
      return codes;
    }

    private Indicator indicator(String id) {
      String text = pick(INDICATOR_TEXTS);
      if (chance(0.85)) {
        return Indicator.of(id, text);
      }
      Measure measure =
          chance(0.5) ? Measure.values()[random.nextInt(Measure.values().length)] : null;
      List<String> disaggregation =
          chance(0.5) ? List.of() : chance(0.5) ? List.of("sex") : List.of("sex", "age");
      Boolean parity = chance(0.7) ? null : Boolean.valueOf(chance(0.5));
      return new Indicator(
          id,
          text,
          measure,
          disaggregation,
          parity,
          chance(0.5) ? "0" : null,
          chance(0.5) ? "50% women" : null);
    }

    private List<MonitoringReport> reports() {
      var reports = new ArrayList<MonitoringReport>();
      for (int year = period.start(); year < period.start() + years; year++) {
        for (var entry : actionsByReporter.entrySet()) {
          if (chance(0.08)) {
            continue; // a report that never came
          }
          reports.add(report(entry.getKey(), year, entry.getValue()));
        }
      }
      if (chance(0.3)) {
        reports.add(
            new MonitoringReport(
                planId, period.start(), "Agency not in the plan", null, List.of(), List.of()));
      }
      if (chance(0.2)) {
        reports.add(
            new MonitoringReport(
                "OTHER-PLAN", period.start(), actors.get(0).code(), null, List.of(), List.of()));
      }
      if (chance(0.2)) {
        reports.add(
            new MonitoringReport(
                planId, period.start() - 1, actors.get(0).code(), null, List.of(), List.of()));
      }
      return reports;
    }

    private MonitoringReport report(String reporter, int year, List<Action> its) {
      var progress = new ArrayList<ActionProgress>();
      var values = new ArrayList<IndicatorValue>();
      int yearIndex = year - period.start();
      for (Action action : its) {
        if (chance(0.7)) {
          progress.add(new ActionProgress(action.id(), status(yearIndex), null));
        }
        for (Indicator indicator : action.indicators()) {
          if (chance(0.5)) {
            values.add(value(indicator.id()));
          }
        }
      }
      if (chance(0.03) && !allActions.isEmpty()) {
        progress.add(new ActionProgress("9.z." + random.nextInt(9), ActionStatus.ONGOING, null));
      }
      if (chance(0.03)) {
        values.add(IndicatorValue.of("9.z.1-" + random.nextInt(9), BigDecimal.ONE));
      }
      // Most reports come in February; one in about twenty in July, after either report date a
      // plan may set. Chosen from the reporter and year, not the random source, so that the rest of
      // what a seed generates stays as it was.
      boolean late = Math.floorMod(reporter.hashCode() * 31 + year, 20) == 0;
      LocalDate submitted = LocalDate.of(year + 1, late ? 7 : 2, 10);
      return new MonitoringReport(planId, year, reporter, submitted, progress, values);
    }

    /** Later years have more actions under way and done. */
    private ActionStatus status(int yearIndex) {
      double roll = random.nextDouble() * (1 + yearIndex * 0.4);
      if (roll < 0.25) {
        return ActionStatus.NOT_STARTED;
      }
      if (roll < 0.8) {
        return chance(0.5) ? ActionStatus.IN_PROGRESS : ActionStatus.ONGOING;
      }
      return chance(0.95) ? ActionStatus.COMPLETED : ActionStatus.CANCELLED;
    }

    private IndicatorValue value(String indicatorId) {
      double roll = random.nextDouble();
      if (roll < 0.05) {
        return new IndicatorValue(indicatorId, null, "Centre established", Map.of(), null);
      }
      if (roll < 0.1) {
        return IndicatorValue.of(indicatorId, BigDecimal.ZERO);
      }
      int female = random.nextInt(60);
      int male = random.nextInt(60);
      if (chance(0.05)) {
        female = chance(0.5) ? 0 : female + 2; // a panel of one sex
        male = female == 0 ? male + 2 : 0;
      }
      int total = female + male;
      if (total == 0) {
        return IndicatorValue.of(indicatorId, BigDecimal.ZERO);
      }
      var breakdown = new LinkedHashMap<String, Map<String, BigDecimal>>();
      if (chance(0.7)) {
        breakdown.put(
            IndicatorValue.SEX,
            Map.of("female", BigDecimal.valueOf(female), "male", BigDecimal.valueOf(male)));
      }
      if (chance(0.3)) {
        int young = random.nextInt(total + 1);
        breakdown.put(
            IndicatorValue.AGE,
            Map.of("15-24", BigDecimal.valueOf(young), "25+", BigDecimal.valueOf(total - young)));
      }
      int reported = chance(0.04) ? total + 1 + random.nextInt(5) : total; // does not add up
      return new IndicatorValue(indicatorId, BigDecimal.valueOf(reported), null, breakdown, null);
    }

    private List<Waiver> waivers(LocalDate asOf) {
      var waivers = new ArrayList<Waiver>();
      int count = random.nextInt(4);
      for (int i = 0; i < count && !allActions.isEmpty(); i++) {
        Action action = allActions.get(random.nextInt(allActions.size()));
        String rule = chance(0.5) ? "NAP-M001" : chance(0.5) ? "NAP-I004" : "NAP-M007";
        LocalDate expires =
            chance(0.3) ? null : asOf.plusDays(random.nextInt(400) - 200); // some have expired
        waivers.add(
            new Waiver(
                rule,
                Location.ofPlan(planId).withAction(action.id()),
                "accepted by the steering committee",
                "MFA",
                expires));
      }
      return waivers;
    }

    private boolean chance(double probability) {
      return random.nextDouble() < probability;
    }

    private String pick(String[] texts) {
      return texts[random.nextInt(texts.length)];
    }
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

  private static int requireAtLeast(int minimum, int value, String name) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
    }
    return value;
  }
}
