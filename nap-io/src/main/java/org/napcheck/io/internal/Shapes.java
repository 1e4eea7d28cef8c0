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
 * The objects of the plan, monitoring and waiver formats (DESIGN.md), field by field. The field
 * lists are the contract: {@code NapWriter} writes them in this order and the JSON Schemas list the
 * same names.
 */
public final class Shapes {

  public static final Shape<Period> PERIOD =
      new Shape<>(
          "period",
          List.of("start", "end"),
          fields -> {
            Integer start = fields.required("start", YEAR);
            Integer end = fields.required("end", YEAR);
            return start == null || end == null ? null : new Period(start, end);
          });

  public static final Shape<MonitoringSetup> MONITORING =
      new Shape<>(
          "monitoring",
          List.of("frequency", "reportDue", "coordinator", "civilSociety"),
          fields ->
              new MonitoringSetup(
                  fields.value("frequency", TEXT),
                  fields.value("reportDue", DAY_OF_YEAR),
                  fields.value("coordinator", TEXT),
                  fields.value("civilSociety", BOOLEAN)));

  public static final Shape<Actor> ACTOR =
      new Shape<>(
          "actor",
          List.of("code", "name", "parent"),
          fields ->
              new Actor(
                  fields.required("code", TEXT),
                  fields.value("name", TEXT),
                  fields.value("parent", TEXT)));

  public static final Shape<Indicator> INDICATOR =
      new Shape<>(
          "indicator",
          List.of("id", "text", "measure", "disaggregation", "parity", "baseline", "target"),
          fields ->
              new Indicator(
                  fields.required("id", TEXT),
                  fields.required("text", TEXT),
                  fields.value("measure", code(Measure.class)),
                  fields.list("disaggregation", TEXT),
                  fields.value("parity", BOOLEAN),
                  fields.value("baseline", TEXT),
                  fields.value("target", TEXT)));

  public static final Shape<Action> ACTION =
      new Shape<>(
          "action",
          List.of("id", "text", "responsible", "lead", "deadline", "continuous", "indicators"),
          fields ->
              new Action(
                  fields.required("id", TEXT),
                  fields.required("text", TEXT),
                  fields.list("responsible", TEXT),
                  fields.list("lead", TEXT),
                  fields.value("deadline", DEADLINE),
                  fields.value("continuous", BOOLEAN),
                  fields.list("indicators", INDICATOR)));

  public static final Shape<Objective> OBJECTIVE =
      new Shape<>(
          "objective",
          List.of("id", "title", "actions"),
          fields ->
              new Objective(
                  fields.required("id", TEXT),
                  fields.required("title", TEXT),
                  fields.list("actions", ACTION)));

  public static final Shape<Pillar> PILLAR =
      new Shape<>(
          "pillar",
          List.of("id", "title", "themes", "objectives"),
          fields ->
              new Pillar(
                  fields.required("id", TEXT),
                  fields.required("title", TEXT),
                  fields.list("themes", code(Theme.class)),
                  fields.list("objectives", OBJECTIVE)));

  public static final Shape<Plan> PLAN =
      new Shape<>(
          "plan",
          List.of(
              "id",
              "country",
              "title",
              "period",
              "language",
              "monitoring",
              "budget",
              "actors",
              "pillars"),
          fields ->
              new Plan(
                  fields.required("id", TEXT),
                  fields.required("country", TEXT),
                  fields.required("title", TEXT),
                  fields.required("period", PERIOD),
                  fields.value("language", TEXT),
                  fields.value("monitoring", MONITORING),
                  fields.value("budget", BUDGET),
                  fields.list("actors", ACTOR),
                  fields.list("pillars", PILLAR)));

  public static final Shape<ActionProgress> ACTION_PROGRESS =
      new Shape<>(
          "progress",
          List.of("action", "status", "note"),
          fields ->
              new ActionProgress(
                  fields.required("action", TEXT),
                  fields.required("status", code(ActionStatus.class)),
                  fields.value("note", TEXT)));

  public static final Shape<IndicatorValue> INDICATOR_VALUE =
      new Shape<>(
          "value",
          List.of("indicator", "value", "text", "breakdown", "note"),
          fields ->
              new IndicatorValue(
                  fields.required("indicator", TEXT),
                  fields.value("value", NUMBER),
                  fields.value("text", TEXT),
                  fields.value("breakdown", BREAKDOWN),
                  fields.value("note", TEXT)));

  public static final Shape<MonitoringReport> REPORT =
      new Shape<>(
          "report",
          List.of("plan", "year", "reporter", "submitted", "actions", "values"),
          fields -> {
            Integer year = fields.required("year", YEAR);
            return new MonitoringReport(
                fields.required("plan", TEXT),
                // An unreadable year is already reported; 0 only lets binding go on.
                year == null ? 0 : year,
                fields.required("reporter", TEXT),
                fields.value("submitted", DATE_VALUE),
                fields.list("actions", ACTION_PROGRESS),
                fields.list("values", INDICATOR_VALUE));
          });

  public static final Shape<Location> LOCATION =
      new Shape<>(
          "location",
          List.of(
              "plan", "pillar", "objective", "action", "indicator", "year", "reporter", "actor"),
          fields ->
              new Location(
                  fields.value("plan", TEXT),
                  fields.value("pillar", TEXT),
                  fields.value("objective", TEXT),
                  fields.value("action", TEXT),
                  fields.value("indicator", TEXT),
                  fields.value("year", YEAR),
                  fields.value("reporter", TEXT),
                  fields.value("actor", TEXT)));

  public static final Shape<Waiver> WAIVER =
      new Shape<>(
          "waiver",
          List.of("rule", "location", "reason", "approvedBy", "expires"),
          fields ->
              new Waiver(
                  fields.required("rule", TEXT),
                  fields.required("location", LOCATION),
                  fields.required("reason", TEXT),
                  fields.value("approvedBy", TEXT),
                  fields.value("expires", DATE_VALUE)));

  private Shapes() {}
}
