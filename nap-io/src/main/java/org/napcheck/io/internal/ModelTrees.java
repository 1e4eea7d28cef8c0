package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.napcheck.model.Coded;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;

/**
 * Model values as document trees in the shapes of DESIGN.md: fields in the documented order, {@code
 * null} values and empty lists left out, as {@link Shapes} gives them.
 */
public final class ModelTrees {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ModelTrees() {}

  public static ObjectNode planFile(Plan plan) {
    ObjectNode root = NODES.objectNode().put("napcheck", Binder.FORMAT_VERSION);
    root.set("plan", Shapes.PLAN.tree(plan));
    return root;
  }

  public static ObjectNode reportFile(MonitoringReport report) {
    ObjectNode root = NODES.objectNode().put("napcheck", Binder.FORMAT_VERSION);
    root.set("report", Shapes.REPORT.tree(report));
    return root;
  }

  static String date(LocalDate date) {
    return date.toString();
  }

  static void text(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  static void code(ObjectNode node, String name, Coded value) {
    if (value != null) {
      node.put(name, value.code());
    }
  }
}
