package org.napcheck.xlsx;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.internal.BeanValidation;
import org.napcheck.io.internal.TreePath;
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
import org.napcheck.model.Theme;

/**
 * A plan as read from a workbook, part by part, with the cell each value came from: once assembled,
 * the model's constraints are checked and each violation is told at its cell.
 */
final class Parts {

  /** The cells values came from, by field; {@code where} is the row, for the whole item. */
  abstract static class Placed {
    final Map<String, String> cells = new HashMap<>();

    /** Fields whose cell already has a problem: their constraints would only repeat it. */
    final Set<String> broken = new HashSet<>();

    String where;

    void at(String field, String cell) {
      cells.put(field, cell);
    }
  }

  static final class Head extends Placed {
    String id;
    String country;
    String title;
    Integer start;
    Integer end;
    String language;
    String frequency;
    MonthDay reportDue;
    String coordinator;
    Boolean civilSociety;
    BigDecimal amount;
    String currency;
    String budgetText;
  }

  static final class ActorPart extends Placed {
    String code;
    String name;
    String parent;
  }

  static final class PillarPart extends Placed {
    String id;
    String title;
    List<Theme> themes = List.of();
    final List<ObjectivePart> objectives = new ArrayList<>();
  }

  static final class ObjectivePart extends Placed {
    String id;
    String title;
    final List<ActionPart> actions = new ArrayList<>();
  }

  static final class ActionPart extends Placed {
    String id;
    String text;
    final List<String> responsible = new ArrayList<>();
    final List<String> lead = new ArrayList<>();
    Deadline deadline;
    Boolean continuous;
    final List<IndicatorPart> indicators = new ArrayList<>();
  }

  static final class IndicatorPart extends Placed {
    String id;
    String text;
    Measure measure;
    List<String> disaggregation = List.of();
    Boolean parity;
    String baseline;
    String target;
  }

  private final Reading reading;
  private final Map<String, String> places = new HashMap<>();
  private final Set<String> broken = new HashSet<>();

  Parts(Reading reading) {
    this.reading = reading;
  }

  /**
   * The plan, once every problem so far and every broken constraint of the model has been told.
   *
   * @throws NapFormatException listing them all
   */
  Plan assemble(Head head, List<ActorPart> actorParts, List<PillarPart> pillarParts)
      throws NapFormatException {
    TreePath root = TreePath.root();
    checkPeriod(head);
    place(root, head);
    Period period = period(root, head);
    MonitoringSetup monitoring = monitoring(head);
    Budget budget = budget(root, head);
    List<Actor> actors = actors(root, actorParts);
    List<Pillar> pillars = pillars(root, pillarParts);
    var plan =
        new Plan(
            head.id,
            head.country,
            head.title,
            period,
            head.language,
            monitoring,
            budget,
            actors,
            pillars);

    for (BeanValidation.Violation violation : BeanValidation.violations(plan, reading.words())) {
      if (!isBroken(violation.path())) {
        reading.problem(placeOf(violation.path()), violation.message());
      }
    }
    reading.throwIfAny();
    return plan;
  }

  /** A period lacking a year, whose cells have no problem yet: a problem, and period broken. */
  private void checkPeriod(Head head) {
    if ((head.start == null || head.end == null) && !head.broken.contains("period")) {
      String missing = head.start == null ? "period.start" : "period.end";
      if (!head.broken.contains("period.start") && !head.broken.contains("period.end")) {
        reading.problem(head.cells.getOrDefault(missing, head.where), reading.say("xlsx.period"));
      }
      head.broken.add("period");
    }
  }

  /** The period, placed at its end year's cell; {@code null} without both years. */
  private Period period(TreePath root, Head head) {
    if (head.start == null || head.end == null) {
      return null;
    }
    places.put(root.child("period").pointer(), head.cells.get("period.end"));
    return new Period(head.start, head.end);
  }

  private static MonitoringSetup monitoring(Head head) {
    return head.frequency == null
            && head.reportDue == null
            && head.coordinator == null
            && head.civilSociety == null
        ? null
        : new MonitoringSetup(head.frequency, head.reportDue, head.coordinator, head.civilSociety);
  }

  /** The budget, placed at its text's cell, else its amount's; {@code null} without either. */
  private Budget budget(TreePath root, Head head) {
    if (head.amount == null && head.currency == null && head.budgetText == null) {
      return null;
    }
    places.put(
        root.child("budget").pointer(),
        head.cells.getOrDefault(
            "budget.text", head.cells.getOrDefault("budget.amount", head.where)));
    return new Budget(head.amount, head.currency, head.budgetText);
  }

  private List<Actor> actors(TreePath root, List<ActorPart> parts) {
    var actors = new ArrayList<Actor>();
    for (int i = 0; i < parts.size(); i++) {
      ActorPart part = parts.get(i);
      place(root.child("actors").child(i), part);
      actors.add(new Actor(part.code, part.name, part.parent));
    }
    return actors;
  }

  private List<Pillar> pillars(TreePath root, List<PillarPart> parts) {
    var pillars = new ArrayList<Pillar>();
    for (int p = 0; p < parts.size(); p++) {
      PillarPart pillar = parts.get(p);
      TreePath path = root.child("pillars").child(p);
      place(path, pillar);
      var objectives = new ArrayList<Objective>();
      for (int o = 0; o < pillar.objectives.size(); o++) {
        objectives.add(objective(path.child("objectives").child(o), pillar.objectives.get(o)));
      }
      pillars.add(new Pillar(pillar.id, pillar.title, pillar.themes, objectives));
    }
    return pillars;
  }

  private Objective objective(TreePath path, ObjectivePart objective) {
    place(path, objective);
    var actions = new ArrayList<Action>();
    for (int a = 0; a < objective.actions.size(); a++) {
      actions.add(action(path.child("actions").child(a), objective.actions.get(a)));
    }
    return new Objective(objective.id, objective.title, actions);
  }

  private Action action(TreePath path, ActionPart action) {
    place(path, action);
    var indicators = new ArrayList<Indicator>();
    for (int i = 0; i < action.indicators.size(); i++) {
      IndicatorPart indicator = action.indicators.get(i);
      place(path.child("indicators").child(i), indicator);
      indicators.add(
          new Indicator(
              indicator.id,
              indicator.text,
              indicator.measure,
              indicator.disaggregation,
              indicator.parity,
              indicator.baseline,
              indicator.target));
    }
    return new Action(
        action.id,
        action.text,
        action.responsible,
        action.lead,
        action.deadline,
        action.continuous,
        indicators);
  }

  /** Where the model path {@code at} lies: its own cell, else its nearest enclosing one. */
  private String placeOf(TreePath at) {
    for (TreePath path = at; ; path = path.parent()) {
      String cell = places.get(path.pointer());
      if (cell != null && !cell.isEmpty()) {
        return cell;
      }
      if (path.isRoot()) {
        return "";
      }
    }
  }

  private boolean isBroken(TreePath at) {
    for (TreePath path = at; !path.isRoot(); path = path.parent()) {
      if (broken.contains(path.pointer())) {
        return true;
      }
    }
    return false;
  }

  private void place(TreePath path, Placed part) {
    places.put(path.pointer(), part.where);
    part.cells.forEach((field, cell) -> places.put(fieldPath(path, field).pointer(), cell));
    part.broken.forEach(field -> broken.add(fieldPath(path, field).pointer()));
  }

  /** {@code period.end} of the plan is {@code /period/end}; list items lie under their list. */
  private static TreePath fieldPath(TreePath path, String field) {
    TreePath result = path;
    for (String segment : field.split("\\.")) {
      result = result.child(segment);
    }
    return result;
  }
}
