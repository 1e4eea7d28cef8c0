package org.napcheck.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
 * jqwik arbitraries for plans and monitoring reports that napcheck must accept: every constraint of
 * the model holds, ids are unique, and the texts hold what files from ministries hold — accents,
 * scripts, emoji, line breaks, markup, formulas and words YAML would read as something else.
 */
final class ValidPlans {

  /** Scalars that YAML, a spreadsheet or a browser would take for something else. */
  static final List<String> TRICKY =
      List.of(
          "yes",
          "NO",
          "null",
          "~",
          "true",
          "1e3",
          "0x1F",
          ".inf",
          "2029",
          "03-31",
          "- x",
          "#x",
          "&a",
          "*a",
          "!t",
          "%x",
          "@x",
          "`x",
          "'x",
          "\"x\"",
          "{x}",
          "[x]",
          "|x",
          ">x",
          "x: y",
          "x #y",
          " x",
          "x ",
          "=1+1",
          "+1",
          "-1",
          "<b>x</b>",
          "<script>alert(1)</script>",
          "é",
          "日本",
          "🙂",
          "a\\b",
          "ǅ",
          "\u00a0x");

  /** Phrases that the rules read: people, young people, vague indicators, ongoing work. */
  private static final List<String> PHRASES =
      List.of(
          "Number of participants",
          "Number of women trained",
          "Number and gender of participants",
          "Share of women among police officers, by sex",
          "Young people reached, by age",
          "Actions taken",
          "Statements made",
          "Progress made",
          "Centre established",
          "Continue efforts to achieve equal representation",
          "Ongoing support to women human rights defenders",
          "Organise a conference on sexual and gender-based violence",
          "Nombre de participantes",
          "Train diplomats on UNSCR 1325",
          "By 2029, the Police will develop internal training");

  private static final List<String> ACTOR_CODES =
      List.of("MFA", "MFA D7", "MFA D7/Armed Forces", "MAINT/Police", "MOJ", "MEGA", "CSO");

  private ValidPlans() {}

  /**
   * Any valid plan, with or without pillars, actors, budget or monitoring setup. What depends on
   * the period and the actors (deadlines, responsible bodies, coordinator) is drawn as a position
   * and placed once they are known: nested {@code flatMap}s would build a generator per plan.
   */
  static Arbitrary<Plan> plans() {
    Arbitrary<Plan> head =
        Combinators.combine(
                ids(),
                Arbitraries.of("LU", "FR", "DE", "NO", "SN", "CO"),
                text(),
                periods(),
                Arbitraries.of("en", "fr", "de").injectNull(0.3),
                budget().injectNull(0.4),
                actorDrafts())
            .as(
                (id, country, title, period, language, budget, actors) ->
                    new Plan(id, country, title, period, language, null, budget, actors, null));
    return Combinators.combine(head, monitoringDraft().injectNull(0.3), pillarDrafts())
        .as(ValidPlans::placed);
  }

  /** Monitoring reports for a plan: by its bodies or others, on its items or others. */
  static Arbitrary<List<MonitoringReport>> reports(Plan plan) {
    List<String> actions = plan.actions().map(Action::id).toList();
    List<String> indicators = plan.indicators().map(Indicator::id).toList();
    List<String> reporters = new ArrayList<>(plan.actors().stream().map(Actor::code).toList());
    reporters.addAll(List.of("Unknown body", "All ministries"));
    Arbitrary<String> actionIds =
        Arbitraries.frequencyOf(Tuple.of(4, known(actions)), Tuple.of(1, ids()));
    Arbitrary<String> indicatorIds =
        Arbitraries.frequencyOf(Tuple.of(4, known(indicators)), Tuple.of(1, ids()));
    Arbitrary<MonitoringReport> report =
        Combinators.combine(
                Arbitraries.frequencyOf(
                    Tuple.of(9, Arbitraries.just(plan.id())), Tuple.of(1, ids())),
                Arbitraries.integers().between(plan.period().start() - 1, plan.period().end() + 1),
                Arbitraries.of(reporters),
                dates(plan.period().start(), plan.period().end() + 2).injectNull(0.5),
                progress(actionIds).list().ofMaxSize(4),
                values(indicatorIds).list().ofMaxSize(4))
            .as(MonitoringReport::new);
    return report.list().ofMaxSize(4);
  }

  /** Waivers of the plan's findings, some of them expired, some of rules that do not exist. */
  static Arbitrary<List<Waiver>> waivers(Plan plan) {
    List<String> actions = plan.actions().map(Action::id).toList();
    Arbitrary<Location> location =
        Combinators.combine(
                Arbitraries.just(plan.id()).injectNull(0.7),
                known(actions).injectNull(0.3),
                Arbitraries.integers()
                    .between(plan.period().start(), plan.period().end())
                    .injectNull(0.7))
            .as((id, action, year) -> new Location(id, null, null, action, null, year, null, null));
    return Combinators.combine(
            Arbitraries.of("NAP-M001", "NAP-P003", "NAP-I001", "NAP-G001", "MIN-9999"),
            location,
            text(),
            text().injectNull(0.5),
            dates(plan.period().start(), plan.period().end() + 2).injectNull(0.3))
        .as(Waiver::new)
        .list()
        .ofMaxSize(3);
  }

  /**
   * The plan with, now and then, an action that takes the id of another: what the plan's rules must
   * report (NAP-P007), not choke on.
   */
  static Arbitrary<Plan> withDuplicateIds(Plan plan) {
    List<Action> actions = plan.actions().toList();
    if (actions.size() < 2) {
      return Arbitraries.just(plan);
    }
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(plan)),
        Tuple.of(
            1,
            Arbitraries.integers()
                .between(1, actions.size() - 1)
                .map(
                    copy -> {
                      String taken = actions.get(0).id();
                      String renamed = actions.get(copy).id();
                      return renamedAction(plan, renamed, taken);
                    })));
  }

  private static Plan renamedAction(Plan plan, String from, String to) {
    return withPillars(
        plan,
        withEachAction(
            plan.pillars(),
            action ->
                action.id().equals(from)
                    ? new Action(
                        to,
                        action.text(),
                        action.responsible(),
                        action.deadline(),
                        action.continuous(),
                        action.indicators())
                    : action));
  }

  /** The plan with other pillars, all else kept. */
  static Plan withPillars(Plan plan, List<Pillar> pillars) {
    return new Plan(
        plan.id(),
        plan.country(),
        plan.title(),
        plan.period(),
        plan.language(),
        plan.monitoring(),
        plan.budget(),
        plan.actors(),
        pillars);
  }

  /** The pillars with each action, in plan order, changed by {@code change}. */
  static List<Pillar> withEachAction(List<Pillar> pillars, UnaryOperator<Action> change) {
    return pillars.stream()
        .map(
            pillar ->
                new Pillar(
                    pillar.id(),
                    pillar.title(),
                    pillar.themes(),
                    pillar.objectives().stream()
                        .map(
                            objective ->
                                new Objective(
                                    objective.id(),
                                    objective.title(),
                                    objective.actions().stream().map(change).toList()))
                        .toList()))
        .toList();
  }

  /** A date within these years, both included. */
  static Arbitrary<LocalDate> dates(int fromYear, int toYear) {
    LocalDate first = LocalDate.of(fromYear, 1, 1);
    int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - first.toEpochDay());
    return Arbitraries.integers().between(0, days).map(first::plusDays);
  }

  /** A text that is not blank: a phrase the rules read, tricky scalars, or any characters. */
  static Arbitrary<String> text() {
    Arbitrary<String> anything =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withCharRange('À', 'ÿ')
            .withCharRange('Ā', 'ž')
            .withCharRange('А', 'я')
            .withCharRange('一', '丿')
            .withChars('\t', '\n', '\r', '\u0007', '\u001b', '\u0085', '\u00a0', '\u2028', '’')
            .ofMinLength(1)
            .ofMaxLength(40);
    Arbitrary<String> phrase =
        Combinators.combine(Arbitraries.of(PHRASES), Arbitraries.of(TRICKY).injectNull(0.6))
            .as((words, extra) -> extra == null ? words : words + " " + extra);
    return Arbitraries.frequencyOf(
            Tuple.of(5, phrase),
            Tuple.of(2, Arbitraries.of(TRICKY)),
            Tuple.of(3, anything),
            Tuple.of(1, Arbitraries.of("🙂 emoji 👩🏽‍⚖️", "right-to-left עברית عربي")))
        .filter(text -> !text.isBlank());
  }

  /** An id: a tricky scalar, or something like a plan's own. */
  static Arbitrary<String> ids() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(TRICKY).filter(id -> !id.isBlank())),
        Tuple.of(
            3,
            Arbitraries.strings()
                .withCharRange('A', 'Z')
                .withCharRange('0', '9')
                .withChars('-', '.', ' ', 'é')
                .ofMinLength(1)
                .ofMaxLength(10)
                .filter(id -> !id.isBlank())));
  }

  private static Arbitrary<Period> periods() {
    return Combinators.combine(
            Arbitraries.integers().between(2000, 2040), Arbitraries.integers().between(0, 10))
        .as((start, length) -> new Period(start, start + length));
  }

  /** Actors with distinct codes; a parent is drawn as a position in the list, placed later. */
  private static Arbitrary<List<Actor>> actorDrafts() {
    Arbitrary<Actor> actor =
        Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of(ACTOR_CODES), ids()),
                text().injectNull(0.2),
                Arbitraries.integers().between(0, 4).map(String::valueOf).injectNull(0.7))
            .as(Actor::new);
    return actor.list().ofMaxSize(5).uniqueElements(Actor::code);
  }

  /** A monitoring setup whose coordinator, if a number, is the position of an actor. */
  private static Arbitrary<MonitoringSetup> monitoringDraft() {
    Arbitrary<MonthDay> days =
        Combinators.combine(
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31))
            .as((month, day) -> MonthDay.of(month, Math.min(day, Month.of(month).maxLength())));
    return Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of("annual", "every two years"), text()).injectNull(0.3),
            days.injectNull(0.5),
            Arbitraries.oneOf(Arbitraries.integers().between(0, 4).map(String::valueOf), text())
                .injectNull(0.3),
            Arbitraries.of(true, false).injectNull(0.3))
        .as(MonitoringSetup::new);
  }

  private static Arbitrary<Budget> budget() {
    return Arbitraries.oneOf(
        text().map(Budget::ofText),
        Combinators.combine(amounts(), Arbitraries.of("EUR", "USD", "XOF"), text().injectNull(0.5))
            .as(Budget::new));
  }

  /** Pillars, their items to be numbered and their deadlines and bodies to be placed. */
  private static Arbitrary<List<Pillar>> pillarDrafts() {
    Arbitrary<Objective> objective =
        Combinators.combine(text(), actionDraft().list().ofMaxSize(4))
            .as((title, actions) -> new Objective("?", title, actions));
    Arbitrary<Pillar> pillar =
        Combinators.combine(
                text(),
                Arbitraries.of(Theme.class).list().ofMaxSize(2).uniqueElements(),
                objective.list().ofMaxSize(3))
            .as((title, themes, objectives) -> new Pillar("?", title, themes, objectives));
    return Combinators.combine(
            pillar.list().ofMaxSize(4),
            // With no dot in a pillar id, no item id can be another's.
            ids().filter(id -> !id.contains(".")).list().ofSize(4).uniqueElements())
        .as(ValidPlans::numbered);
  }

  /**
   * An action whose responsible bodies are drawn as positions in the plan's actors (or, past them,
   * in {@link #EVERYONE_AND_STRANGERS}), and whose deadline is drawn as a year or day offset from
   * the period's start: {@link #placed} turns both into what they stand for.
   */
  private static Arbitrary<Action> actionDraft() {
    Arbitrary<Deadline> deadline =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(0, 10).map(Deadline::ofYear)),
            Tuple.of(
                3,
                Arbitraries.integers()
                    .between(0, 4017)
                    .map(days -> Deadline.ofDate(LocalDate.ofEpochDay(days)))),
            // Outside the period, where the period allows it: placed relative to its ends.
            Tuple.of(1, Arbitraries.integers().between(-3, -1).map(Deadline::ofYear)),
            Tuple.of(1, Arbitraries.integers().between(11, 13).map(Deadline::ofYear)));
    return Combinators.combine(
            text(),
            Arbitraries.integers()
                .between(0, 4 + EVERYONE_AND_STRANGERS.size())
                .map(String::valueOf)
                .list()
                .ofMaxSize(3)
                .uniqueElements(),
            deadline.injectNull(0.3),
            Arbitraries.of(true, false).injectNull(0.7),
            indicator().list().ofMaxSize(3))
        .as(
            (text, who, due, continuous, indicators) ->
                new Action("?", text, who, due, continuous, indicators));
  }

  private static Arbitrary<Indicator> indicator() {
    Arbitrary<String> stated =
        Arbitraries.oneOf(
            amounts().map(BigDecimal::toPlainString), text(), Arbitraries.of("0", "12", "1e3"));
    return Combinators.combine(
            text(),
            Arbitraries.of(Measure.class).injectNull(0.5),
            Arbitraries.of("sex", "age", "disability", "region")
                .list()
                .ofMaxSize(2)
                .uniqueElements(),
            Arbitraries.of(true, false).injectNull(0.7),
            stated.injectNull(0.6),
            stated.injectNull(0.6))
        .as(
            (text, measure, disaggregation, parity, baseline, target) ->
                new Indicator("?", text, measure, disaggregation, parity, baseline, target));
  }

  private static Arbitrary<ActionProgress> progress(Arbitrary<String> actionIds) {
    return Combinators.combine(
            actionIds, Arbitraries.of(ActionStatus.class), text().injectNull(0.7))
        .as(ActionProgress::new);
  }

  private static Arbitrary<IndicatorValue> values(Arbitrary<String> indicatorIds) {
    Arbitrary<Map<String, BigDecimal>> sex =
        Combinators.combine(
                counts().injectNull(0.2),
                counts().injectNull(0.2),
                counts().injectNull(0.8),
                counts().injectNull(0.8))
            .as(
                (female, male, other, unknown) -> {
                  var categories = new LinkedHashMap<String, BigDecimal>();
                  put(categories, "female", female);
                  put(categories, "male", male);
                  put(categories, "other", other);
                  put(categories, "unknown", unknown);
                  return categories;
                });
    Arbitrary<Map<String, Map<String, BigDecimal>>> breakdown =
        Combinators.combine(sex.injectNull(0.4), counts().injectNull(0.7), counts().injectNull(0.7))
            .as(
                (bySex, young, older) -> {
                  var dimensions = new LinkedHashMap<String, Map<String, BigDecimal>>();
                  if (bySex != null) {
                    dimensions.put(IndicatorValue.SEX, bySex);
                  }
                  var byAge = new LinkedHashMap<String, BigDecimal>();
                  put(byAge, "15-24", young);
                  put(byAge, "25+", older);
                  if (!byAge.isEmpty()) {
                    dimensions.put(IndicatorValue.AGE, byAge);
                  }
                  return dimensions;
                });
    Arbitrary<IndicatorValue> withNumber =
        Combinators.combine(indicatorIds, amounts(), breakdown, text().injectNull(0.8))
            .as(
                (id, value, byDimension, note) ->
                    new IndicatorValue(id, value, null, byDimension, note));
    Arbitrary<IndicatorValue> withText =
        Combinators.combine(indicatorIds, text(), text().injectNull(0.8))
            .as((id, text, note) -> new IndicatorValue(id, null, text, Map.of(), note));
    return Arbitraries.frequencyOf(Tuple.of(4, withNumber), Tuple.of(1, withText));
  }

  /** Whole counts, mostly small, zero included. */
  private static Arbitrary<BigDecimal> counts() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.integers().between(0, 200).map(BigDecimal::valueOf)),
        Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
        Tuple.of(1, Arbitraries.longs().between(0, Long.MAX_VALUE).map(BigDecimal::valueOf)));
  }

  /** Amounts with up to two decimals. */
  private static Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("100000000"))
        .ofScale(2)
        .map(BigDecimal::stripTrailingZeros)
        .map(amount -> amount.scale() < 0 ? amount.setScale(0) : amount);
  }

  private static Arbitrary<String> known(List<String> ids) {
    return ids.isEmpty() ? ids() : Arbitraries.of(ids);
  }

  private static void put(Map<String, BigDecimal> map, String key, BigDecimal value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** Words for everyone, and bodies the plan does not list. */
  private static final List<String> EVERYONE_AND_STRANGERS =
      List.of("All", "All ministries", "MAE D4", "Unknown body");

  /** The plan with its drafts placed: positions become codes, offsets dates in the period. */
  private static Plan placed(Plan head, MonitoringSetup monitoring, List<Pillar> pillars) {
    Period period = head.period();
    List<Actor> actors = head.actors();
    List<String> codes = actors.stream().map(Actor::code).toList();
    List<Actor> placedActors =
        actors.stream()
            .map(
                actor -> {
                  String parent =
                      actor.parent() == null ? null : at(codes, Integer.parseInt(actor.parent()));
                  return new Actor(
                      actor.code(), actor.name(), actor.code().equals(parent) ? null : parent);
                })
            .toList();
    MonitoringSetup placedMonitoring =
        monitoring == null
            ? null
            : new MonitoringSetup(
                monitoring.frequency(),
                monitoring.reportDue(),
                monitoring.coordinator() != null && monitoring.coordinator().matches("[0-4]")
                    ? at(codes, Integer.parseInt(monitoring.coordinator()))
                    : monitoring.coordinator(),
                monitoring.civilSociety());
    List<Pillar> placedPillars = withEachAction(pillars, action -> placed(action, period, codes));
    return new Plan(
        head.id(),
        head.country(),
        head.title(),
        period,
        head.language(),
        placedMonitoring,
        head.budget(),
        placedActors,
        placedPillars);
  }

  private static Action placed(Action action, Period period, List<String> codes) {
    var responsible = new ArrayList<String>();
    for (String position : action.responsible()) {
      int index = Integer.parseInt(position);
      String who =
          index < codes.size()
              ? codes.get(index)
              : EVERYONE_AND_STRANGERS.get(
                  Math.min(index - codes.size(), EVERYONE_AND_STRANGERS.size() - 1));
      if (!responsible.contains(who)) {
        responsible.add(who);
      }
    }
    return new Action(
        action.id(),
        action.text(),
        responsible,
        placed(action.deadline(), period),
        action.continuous(),
        action.indicators());
  }

  /** A drafted deadline: a year offset from the start (0 to 10, or outside), or a day offset. */
  private static Deadline placed(Deadline draft, Period period) {
    if (draft == null) {
      return null;
    }
    int length = period.end() - period.start();
    if (!draft.wholeYear()) {
      long days = period.lastDay().toEpochDay() - period.firstDay().toEpochDay();
      return Deadline.ofDate(period.firstDay().plusDays(draft.date().toEpochDay() % (days + 1)));
    }
    int offset = draft.year();
    if (offset < 0) {
      return Deadline.ofYear(period.start() + offset);
    }
    if (offset > 10) {
      return Deadline.ofYear(period.end() + offset - 10);
    }
    return Deadline.ofYear(period.start() + Math.min(offset, length));
  }

  private static String at(List<String> codes, int index) {
    return codes.isEmpty() ? "MFA" : codes.get(index % codes.size());
  }

  /** Gives every item the id of its place, under pillar ids that are distinct. */
  private static List<Pillar> numbered(List<Pillar> pillars, List<String> pillarIds) {
    var numbered = new ArrayList<Pillar>();
    for (int p = 0; p < pillars.size(); p++) {
      Pillar pillar = pillars.get(p);
      String pillarId = pillarIds.get(p);
      var objectives = new ArrayList<Objective>();
      for (int o = 0; o < pillar.objectives().size(); o++) {
        Objective objective = pillar.objectives().get(o);
        String objectiveId = pillarId + "." + (char) ('a' + o);
        var actions = new ArrayList<Action>();
        for (int a = 0; a < objective.actions().size(); a++) {
          Action action = objective.actions().get(a);
          String actionId = objectiveId + "." + (a + 1);
          var indicators = new ArrayList<Indicator>();
          for (int i = 0; i < action.indicators().size(); i++) {
            Indicator indicator = action.indicators().get(i);
            indicators.add(
                new Indicator(
                    actionId + "-" + (i + 1),
                    indicator.text(),
                    indicator.measure(),
                    indicator.disaggregation(),
                    indicator.parity(),
                    indicator.baseline(),
                    indicator.target()));
          }
          actions.add(
              new Action(
                  actionId,
                  action.text(),
                  action.responsible(),
                  action.deadline(),
                  action.continuous(),
                  indicators));
        }
        objectives.add(new Objective(objectiveId, objective.title(), actions));
      }
      numbered.add(new Pillar(pillarId, pillar.title(), pillar.themes(), objectives));
    }
    return List.copyOf(numbered);
  }
}
