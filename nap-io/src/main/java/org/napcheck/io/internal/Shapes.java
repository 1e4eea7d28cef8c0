package org.napcheck.io.internal;

import static org.napcheck.io.internal.Converters.BOOLEAN;
import static org.napcheck.io.internal.Converters.BREAKDOWN;
import static org.napcheck.io.internal.Converters.BUDGET;
import static org.napcheck.io.internal.Converters.DATE_VALUE;
import static org.napcheck.io.internal.Converters.DAY_OF_YEAR;
import static org.napcheck.io.internal.Converters.DEADLINE;
import static org.napcheck.io.internal.Converters.NUMBER;
import static org.napcheck.io.internal.Converters.TEXT;
import static org.napcheck.io.internal.Converters.YEAR;
import static org.napcheck.io.internal.Converters.code;

import java.util.ArrayList;
import java.util.List;
import org.napcheck.model.Action;
import org.napcheck.model.ActionProgress;
import org.napcheck.model.ActionStatus;
import org.napcheck.model.Actor;
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
 * The objects of the plan, monitoring and waiver formats (DESIGN.md), field by field: each name is
 * written once, here. The field tables are the contract: {@code NapReader} reads them, {@code
 * NapWriter} writes them in this order, the spreadsheet template (nap-xlsx) has a column for each
 * field, and tests hold the JSON Schemas to them.
 */
public final class Shapes {

  public static final Shape<Period> PERIOD = period();
  public static final Shape<MonitoringSetup> MONITORING = monitoring();
  public static final Shape<Actor> ACTOR = actor();
  public static final Shape<Indicator> INDICATOR = indicator();
  public static final Shape<Action> ACTION = action();
  public static final Shape<Objective> OBJECTIVE = objective();
  public static final Shape<Pillar> PILLAR = pillar();
  public static final Shape<Plan> PLAN = plan();
  public static final Shape<ActionProgress> ACTION_PROGRESS = progress();
  public static final Shape<IndicatorValue> INDICATOR_VALUE = value();
  public static final Shape<MonitoringReport> REPORT = report();
  public static final Shape<Location> LOCATION = location(true);

  /** A finding's location in the JSON report, which names the plan once, at the top. */
  public static final Shape<Location> LOCATION_IN_REPORT = location(false);

  public static final Shape<Waiver> WAIVER = waiver();

  /** Every shape of the plan, monitoring and waiver files. */
  public static final List<Shape<?>> ALL =
      List.of(
          PLAN,
          PERIOD,
          MONITORING,
          ACTOR,
          PILLAR,
          OBJECTIVE,
          ACTION,
          INDICATOR,
          REPORT,
          ACTION_PROGRESS,
          INDICATOR_VALUE,
          WAIVER,
          LOCATION);

  private Shapes() {}

  private static Shape<Period> period() {
    var start = Field.required("start", YEAR, Period::start);
    var end = Field.required("end", YEAR, Period::end);
    return new Shape<>(
        "period",
        List.of(start, end),
        values ->
            values.get(start) == null || values.get(end) == null
                ? null
                : new Period(values.get(start), values.get(end)));
  }

  private static Shape<MonitoringSetup> monitoring() {
    var frequency = Field.optional("frequency", TEXT, MonitoringSetup::frequency);
    var reportDue = Field.optional("reportDue", DAY_OF_YEAR, MonitoringSetup::reportDue);
    var coordinator = Field.optional("coordinator", TEXT, MonitoringSetup::coordinator);
    var civilSociety = Field.optional("civilSociety", BOOLEAN, MonitoringSetup::civilSociety);
    return new Shape<>(
        "monitoring",
        List.of(frequency, reportDue, coordinator, civilSociety),
        values ->
            new MonitoringSetup(
                values.get(frequency),
                values.get(reportDue),
                values.get(coordinator),
                values.get(civilSociety)));
  }

  private static Shape<Actor> actor() {
    var code = Field.required("code", TEXT, Actor::code);
    var name = Field.optional("name", TEXT, Actor::name);
    var parent = Field.optional("parent", TEXT, Actor::parent);
    return new Shape<>(
        "actor",
        List.of(code, name, parent),
        values -> new Actor(values.get(code), values.get(name), values.get(parent)));
  }

  private static Shape<Indicator> indicator() {
    var id = Field.required("id", TEXT, Indicator::id);
    var text = Field.required("text", TEXT, Indicator::text);
    var measure = Field.optional("measure", code(Measure.class), Indicator::measure);
    var disaggregation = Field.list("disaggregation", TEXT, Indicator::disaggregation);
    var parity = Field.optional("parity", BOOLEAN, Indicator::parity);
    var baseline = Field.optional("baseline", TEXT, Indicator::baseline);
    var target = Field.optional("target", TEXT, Indicator::target);
    return new Shape<>(
        "indicator",
        List.of(id, text, measure, disaggregation, parity, baseline, target),
        values ->
            new Indicator(
                values.get(id),
                values.get(text),
                values.get(measure),
                values.get(disaggregation),
                values.get(parity),
                values.get(baseline),
                values.get(target)));
  }

  private static Shape<Action> action() {
    var id = Field.required("id", TEXT, Action::id);
    var text = Field.required("text", TEXT, Action::text);
    var responsible = Field.list("responsible", TEXT, Action::responsible);
    var lead = Field.list("lead", TEXT, Action::lead);
    var deadline = Field.optional("deadline", DEADLINE, Action::deadline);
    var continuous = Field.optional("continuous", BOOLEAN, Action::continuous);
    var indicators = Field.list("indicators", INDICATOR, Action::indicators);
    return new Shape<>(
        "action",
        List.of(id, text, responsible, lead, deadline, continuous, indicators),
        values ->
            new Action(
                values.get(id),
                values.get(text),
                values.get(responsible),
                values.get(lead),
                values.get(deadline),
                values.get(continuous),
                values.get(indicators)));
  }

  private static Shape<Objective> objective() {
    var id = Field.required("id", TEXT, Objective::id);
    var title = Field.required("title", TEXT, Objective::title);
    var actions = Field.list("actions", ACTION, Objective::actions);
    return new Shape<>(
        "objective",
        List.of(id, title, actions),
        values -> new Objective(values.get(id), values.get(title), values.get(actions)));
  }

  private static Shape<Pillar> pillar() {
    var id = Field.required("id", TEXT, Pillar::id);
    var title = Field.required("title", TEXT, Pillar::title);
    var themes = Field.list("themes", code(Theme.class), Pillar::themes);
    var objectives = Field.list("objectives", OBJECTIVE, Pillar::objectives);
    return new Shape<>(
        "pillar",
        List.of(id, title, themes, objectives),
        values ->
            new Pillar(
                values.get(id), values.get(title), values.get(themes), values.get(objectives)));
  }

  private static Shape<Plan> plan() {
    var id = Field.required("id", TEXT, Plan::id);
    var country = Field.required("country", TEXT, Plan::country);
    var title = Field.required("title", TEXT, Plan::title);
    var period = Field.required("period", PERIOD, Plan::period);
    var language = Field.optional("language", TEXT, Plan::language);
    var monitoring = Field.optional("monitoring", MONITORING, Plan::monitoring);
    var budget = Field.optional("budget", BUDGET, Plan::budget);
    var actors = Field.list("actors", ACTOR, Plan::actors);
    var pillars = Field.list("pillars", PILLAR, Plan::pillars);
    return new Shape<>(
        "plan",
        List.of(id, country, title, period, language, monitoring, budget, actors, pillars),
        values ->
            new Plan(
                values.get(id),
                values.get(country),
                values.get(title),
                values.get(period),
                values.get(language),
                values.get(monitoring),
                values.get(budget),
                values.get(actors),
                values.get(pillars)));
  }

  private static Shape<ActionProgress> progress() {
    var action = Field.required("action", TEXT, ActionProgress::action);
    var status = Field.required("status", code(ActionStatus.class), ActionProgress::status);
    var note = Field.optional("note", TEXT, ActionProgress::note);
    return new Shape<>(
        "progress",
        List.of(action, status, note),
        values -> new ActionProgress(values.get(action), values.get(status), values.get(note)));
  }

  private static Shape<IndicatorValue> value() {
    var indicator = Field.required("indicator", TEXT, IndicatorValue::indicator);
    var value = Field.optional("value", NUMBER, IndicatorValue::value);
    var text = Field.optional("text", TEXT, IndicatorValue::text);
    var breakdown = Field.optional("breakdown", BREAKDOWN, IndicatorValue::breakdown);
    var note = Field.optional("note", TEXT, IndicatorValue::note);
    return new Shape<>(
        "value",
        List.of(indicator, value, text, breakdown, note),
        values ->
            new IndicatorValue(
                values.get(indicator),
                values.get(value),
                values.get(text),
                values.get(breakdown),
                values.get(note)));
  }

  private static Shape<MonitoringReport> report() {
    var plan = Field.required("plan", TEXT, MonitoringReport::plan);
    var year = Field.required("year", YEAR, MonitoringReport::year);
    var reporter = Field.required("reporter", TEXT, MonitoringReport::reporter);
    var submitted = Field.optional("submitted", DATE_VALUE, MonitoringReport::submitted);
    var actions = Field.list("actions", ACTION_PROGRESS, MonitoringReport::actions);
    var values = Field.list("values", INDICATOR_VALUE, MonitoringReport::values);
    return new Shape<>(
        "report",
        List.of(plan, year, reporter, submitted, actions, values),
        read ->
            new MonitoringReport(
                read.get(plan),
                // An unreadable year is already reported; 0 only lets binding go on.
                read.get(year) == null ? 0 : read.get(year),
                read.get(reporter),
                read.get(submitted),
                read.get(actions),
                read.get(values)));
  }

  /**
   * @param planNamed whether the location names its plan: a waiver's does; a finding's does not, as
   *     its report names the plan once, at the top
   */
  private static Shape<Location> location(boolean planNamed) {
    var plan = Field.optional("plan", TEXT, Location::plan);
    var pillar = Field.optional("pillar", TEXT, Location::pillar);
    var objective = Field.optional("objective", TEXT, Location::objective);
    var action = Field.optional("action", TEXT, Location::action);
    var indicator = Field.optional("indicator", TEXT, Location::indicator);
    var year = Field.optional("year", YEAR, Location::year);
    var reporter = Field.optional("reporter", TEXT, Location::reporter);
    var actor = Field.optional("actor", TEXT, Location::actor);
    var fields = new ArrayList<Field<Location, ?>>();
    if (planNamed) {
      fields.add(plan);
    }
    fields.addAll(List.of(pillar, objective, action, indicator, year, reporter, actor));
    return new Shape<>(
        "location",
        fields,
        values ->
            new Location(
                planNamed ? values.get(plan) : null,
                values.get(pillar),
                values.get(objective),
                values.get(action),
                values.get(indicator),
                values.get(year),
                values.get(reporter),
                values.get(actor)));
  }

  private static Shape<Waiver> waiver() {
    var rule = Field.required("rule", TEXT, Waiver::rule);
    var location = Field.required("location", LOCATION, Waiver::location);
    var reason = Field.required("reason", TEXT, Waiver::reason);
    var approvedBy = Field.optional("approvedBy", TEXT, Waiver::approvedBy);
    var expires = Field.optional("expires", DATE_VALUE, Waiver::expires);
    return new Shape<>(
        "waiver",
        List.of(rule, location, reason, approvedBy, expires),
        values ->
            new Waiver(
                values.get(rule),
                values.get(location),
                values.get(reason),
                values.get(approvedBy),
                values.get(expires)));
  }
}
