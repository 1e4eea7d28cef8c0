package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.napcheck.model.Action;
import org.napcheck.model.ActionProgress;
import org.napcheck.model.Actor;
import org.napcheck.model.Budget;
import org.napcheck.model.Coded;
import org.napcheck.model.Deadline;
import org.napcheck.model.Indicator;
import org.napcheck.model.IndicatorValue;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.MonitoringSetup;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;

/**
 * Model values as document trees in the shapes of DESIGN.md: fields in the documented order, {@code
 * null} values and empty lists left out.
 */
public final class ModelTrees {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ModelTrees() {}

  public static ObjectNode planFile(Plan plan) {
    ObjectNode root = NODES.objectNode().put("napcheck", Binder.FORMAT_VERSION);
    root.set("plan", plan(plan));
    return root;
  }

  public static ObjectNode reportFile(MonitoringReport report) {
    ObjectNode root = NODES.objectNode().put("napcheck", Binder.FORMAT_VERSION);
    root.set("report", report(report));
    return root;
  }

  private static ObjectNode plan(Plan plan) {
    ObjectNode node = NODES.objectNode();
    text(node, "id", plan.id());
    text(node, "country", plan.country());
    text(node, "title", plan.title());
    if (plan.period() != null) {
      node.putObject("period").put("start", plan.period().start()).put("end", plan.period().end());
    }
    text(node, "language", plan.language());
    if (plan.monitoring() != null) {
      node.set("monitoring", monitoring(plan.monitoring()));
    }
    if (plan.budget() != null) {
      budget(node, plan.budget());
    }
    list(node, "actors", plan.actors(), ModelTrees::actor);
    list(node, "pillars", plan.pillars(), ModelTrees::pillar);
    return node;
  }

  private static ObjectNode monitoring(MonitoringSetup monitoring) {
    ObjectNode node = NODES.objectNode();
    text(node, "frequency", monitoring.frequency());
    if (monitoring.reportDue() != null) {
      node.put("reportDue", dayOfYear(monitoring.reportDue()));
    }
    text(node, "coordinator", monitoring.coordinator());
    bool(node, "civilSociety", monitoring.civilSociety());
    return node;
  }

  /** A budget that is only a text is written as that text, as people write it. */
  private static void budget(ObjectNode parent, Budget budget) {
    if (budget.amount() == null && budget.currency() == null && budget.text() != null) {
      parent.put("budget", budget.text());
      return;
    }
    ObjectNode node = parent.putObject("budget");
    number(node, "amount", budget.amount());
    text(node, "currency", budget.currency());
    text(node, "text", budget.text());
  }

  private static ObjectNode actor(Actor actor) {
    ObjectNode node = NODES.objectNode();
    text(node, "code", actor.code());
    text(node, "name", actor.name());
    text(node, "parent", actor.parent());
    return node;
  }

  private static ObjectNode pillar(Pillar pillar) {
    ObjectNode node = NODES.objectNode();
    text(node, "id", pillar.id());
    text(node, "title", pillar.title());
    list(node, "themes", pillar.themes(), theme -> NODES.textNode(theme.code()));
    list(node, "objectives", pillar.objectives(), ModelTrees::objective);
    return node;
  }

  private static ObjectNode objective(Objective objective) {
    ObjectNode node = NODES.objectNode();
    text(node, "id", objective.id());
    text(node, "title", objective.title());
    list(node, "actions", objective.actions(), ModelTrees::action);
    return node;
  }

  private static ObjectNode action(Action action) {
    ObjectNode node = NODES.objectNode();
    text(node, "id", action.id());
    text(node, "text", action.text());
    list(node, "responsible", action.responsible(), NODES::textNode);
    list(node, "lead", action.lead(), NODES::textNode);
    if (action.deadline() != null) {
      deadline(node, action.deadline());
    }
    bool(node, "continuous", action.continuous());
    list(node, "indicators", action.indicators(), ModelTrees::indicator);
    return node;
  }

  /** A whole-year deadline is written as the year, as the plan gave it. */
  private static void deadline(ObjectNode parent, Deadline deadline) {
    if (deadline.wholeYear()) {
      parent.put("deadline", deadline.year());
    } else {
      parent.put("deadline", date(deadline.date()));
    }
  }

  private static ObjectNode indicator(Indicator indicator) {
    ObjectNode node = NODES.objectNode();
    text(node, "id", indicator.id());
    text(node, "text", indicator.text());
    code(node, "measure", indicator.measure());
    list(node, "disaggregation", indicator.disaggregation(), NODES::textNode);
    bool(node, "parity", indicator.parity());
    text(node, "baseline", indicator.baseline());
    text(node, "target", indicator.target());
    return node;
  }

  private static ObjectNode report(MonitoringReport report) {
    ObjectNode node = NODES.objectNode();
    text(node, "plan", report.plan());
    node.put("year", report.year());
    text(node, "reporter", report.reporter());
    if (report.submitted() != null) {
      node.put("submitted", date(report.submitted()));
    }
    list(node, "actions", report.actions(), ModelTrees::progress);
    list(node, "values", report.values(), ModelTrees::value);
    return node;
  }

  private static ObjectNode progress(ActionProgress progress) {
    ObjectNode node = NODES.objectNode();
    text(node, "action", progress.action());
    code(node, "status", progress.status());
    text(node, "note", progress.note());
    return node;
  }

  private static ObjectNode value(IndicatorValue value) {
    ObjectNode node = NODES.objectNode();
    text(node, "indicator", value.indicator());
    number(node, "value", value.value());
    text(node, "text", value.text());
    if (!value.breakdown().isEmpty()) {
      ObjectNode breakdown = node.putObject("breakdown");
      for (Map.Entry<String, Map<String, BigDecimal>> dimension : value.breakdown().entrySet()) {
        ObjectNode categories = breakdown.putObject(dimension.getKey());
        dimension.getValue().forEach((category, count) -> number(categories, category, count));
      }
    }
    text(node, "note", value.note());
    return node;
  }

  static String date(LocalDate date) {
    return date.toString();
  }

  static String dayOfYear(MonthDay day) {
    return String.format(Locale.ROOT, "%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
  }

  static void text(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static void bool(ObjectNode node, String name, Boolean value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static void number(ObjectNode node, String name, BigDecimal value) {
    if (value != null) {
      // Exactly as read: 140.0 stays 140.0.
      node.set(name, DecimalNode.valueOf(value));
    }
  }

  static void code(ObjectNode node, String name, Coded value) {
    if (value != null) {
      node.put(name, value.code());
    }
  }

  private static <T> void list(
      ObjectNode node, String name, List<T> values, Function<T, ? extends JsonNode> each) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(name);
      values.forEach(value -> array.add(each.apply(value)));
    }
  }
}
