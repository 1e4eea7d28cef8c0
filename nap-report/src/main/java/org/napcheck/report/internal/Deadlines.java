package org.napcheck.report.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.napcheck.model.Overview;
import org.napcheck.report.ReportContext;

/**
 * Where the actions stand: by pillar (on the first screen), by due date (only when the plan has
 * more than one; one date says nothing a table by pillar does not), then the overdue ones and those
 * due soon, listed.
 */
final class Deadlines {
  private static final List<Overview.Standing> STANDINGS =
      List.of(
          Overview.Standing.OVERDUE,
          Overview.Standing.DUE_SOON,
          Overview.Standing.IN_PROGRESS,
          Overview.Standing.NOT_STARTED,
          Overview.Standing.CONTINUOUS,
          Overview.Standing.DONE);

  /** With no monitoring data, all that is known: continuous work, and the rest. */
  private static final List<Overview.Standing> STANDINGS_WITHOUT_DATA =
      List.of(Overview.Standing.NO_DATA, Overview.Standing.CONTINUOUS);

  private Deadlines() {}

  /** The actions of each pillar by where they stand; nothing for a plan with no action. */
  static void byPillar(Html out, ReportContext context, Labels labels) {
    List<Overview.ActionState> actions = context.report().overview().actions();
    if (actions.isEmpty()) {
      return;
    }
    Map<String, String> names = Charts.pillarNames(context);
    Map<String, Map<Overview.Standing, Integer>> rows = new LinkedHashMap<>();
    names.values().forEach(name -> rows.put(name, new EnumMap<>(Overview.Standing.class)));
    for (Overview.ActionState action : actions) {
      String pillar = action.pillar() == null ? "" : action.pillar();
      rows.computeIfAbsent(
              names.getOrDefault(pillar, pillar), name -> new EnumMap<>(Overview.Standing.class))
          .merge(action.standing(), 1, Integer::sum);
    }
    out.markup("<section id=\"actions-by-pillar\">\n<h2>")
        .text(labels.get("actionsByPillar"))
        .markup("</h2>\n");
    standingTable(out, labels.get("actionsByPillar"), labels.get("pillar"), rows, labels);
    out.markup("<p class=\"note\">").text(labels.get("actionsByPillar.note")).markup("</p>\n");
    out.markup("</section>\n");
  }

  static void html(Html out, ReportContext context, Labels labels) {
    List<Overview.ActionState> actions = context.report().overview().actions();
    out.markup("<section id=\"deadlines\">\n<h2>")
        .text(labels.get("deadlines"))
        .markup("</h2>\n<p class=\"note\">")
        .text(labels.get("deadlines.note"))
        .markup("</p>\n");
    TreeMap<LocalDate, Map<Overview.Standing, Integer>> byDate = new TreeMap<>();
    for (Overview.ActionState action : actions) {
      byDate
          .computeIfAbsent(action.dueDate(), date -> new EnumMap<>(Overview.Standing.class))
          .merge(action.standing(), 1, Integer::sum);
    }
    if (byDate.size() > 1) {
      var rows = new LinkedHashMap<String, Map<Overview.Standing, Integer>>();
      byDate.forEach((date, counts) -> rows.put(labels.date(date), counts));
      out.markup("<div id=\"timeline\">\n<h3>").text(labels.get("timeline")).markup("</h3>\n");
      standingTable(out, labels.get("timeline"), labels.get("deadlines"), rows, labels);
      out.markup("</div>\n");
    }
    actionList(out, actions, Overview.Standing.OVERDUE, "overdueActions", context, labels);
    actionList(out, actions, Overview.Standing.DUE_SOON, "dueSoonActions", context, labels);
    out.markup("</section>\n");
  }

  /** A table of actions by where they stand, one row per {@code rows} entry. */
  private static void standingTable(
      Html out,
      String name,
      String rowHeading,
      Map<String, Map<Overview.Standing, Integer>> rows,
      Labels labels) {
    boolean withoutData =
        rows.values().stream().anyMatch(row -> row.containsKey(Overview.Standing.NO_DATA));
    Charts.barTable(
        out,
        name,
        rowHeading,
        withoutData ? STANDINGS_WITHOUT_DATA : STANDINGS,
        rows,
        standing -> labels.get("standing." + standing.code()),
        labels.get("total"));
  }

  private static void actionList(
      Html out,
      List<Overview.ActionState> actions,
      Overview.Standing standing,
      String headingKey,
      ReportContext context,
      Labels labels) {
    List<Overview.ActionState> listed =
        actions.stream().filter(a -> a.standing() == standing).toList();
    if (listed.isEmpty()) {
      return;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    context
        .planAtHand()
        .ifPresent(plan -> plan.actions().forEach(a -> texts.putIfAbsent(a.id(), a.text())));
    out.markup("<h3>")
        .text(labels.get(headingKey))
        .markup(" (")
        .number(listed.size())
        .markup(")</h3>\n<ul class=\"actions ")
        .markup(standing.code())
        .markup("\">\n");
    for (Overview.ActionState action : listed) {
      out.markup("<li><b>")
          .text(action.action())
          .markup("</b> · ")
          .text(labels.date(action.dueDate()))
          .markup(" — ")
          .text(Html.shorten(texts.getOrDefault(action.action(), ""), 160))
          .markup("</li>\n");
    }
    out.markup("</ul>\n");
  }
}
