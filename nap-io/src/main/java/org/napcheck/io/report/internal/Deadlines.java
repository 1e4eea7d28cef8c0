package org.napcheck.io.report.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.napcheck.io.report.ReportContext;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Overview;

/** The dashboard's deadlines: a timeline of the actions' due dates, then the late and the soon. */
final class Deadlines {
  static final Map<Overview.Standing, String> STANDING_COLOURS =
      Map.of(
          Overview.Standing.OVERDUE, "#c62828",
          Overview.Standing.DUE_SOON, "#ef6c00",
          Overview.Standing.NOT_STARTED, "#9e9e9e",
          Overview.Standing.IN_PROGRESS, "#1565c0",
          Overview.Standing.CONTINUOUS, "#6a1b9a",
          Overview.Standing.DONE, "#2e7d32");

  private static final int LEFT = 40;
  private static final int WIDTH = 640;
  private static final int TOP = 10;
  private static final int PLOT_HEIGHT = 150;

  private Deadlines() {}

  static void html(Html out, ReportContext context, Labels labels) {
    CheckReport report = context.report();
    List<Overview.ActionState> actions = report.overview().actions();
    out.markup("<section id=\"deadlines\">\n<h2>")
        .text(labels.get("deadlines"))
        .markup("</h2>\n<p class=\"note\">")
        .text(labels.get("deadlines.note"))
        .markup("</p>\n");
    if (!actions.isEmpty()) {
      int startYear =
          context.planAtHand().map(plan -> plan.period().start()).orElse(report.asOf().getYear());
      new Timeline(actions, startYear, report.asOf()).html(out, labels);
    }
    actionList(out, actions, Overview.Standing.OVERDUE, "overdueActions", context, labels);
    actionList(out, actions, Overview.Standing.DUE_SOON, "dueSoonActions", context, labels);
    out.markup("</section>\n");
  }

  /** The actions by due date and standing, as stacked bars on a line of years. */
  private static final class Timeline {
    private final TreeMap<LocalDate, Map<Overview.Standing, Integer>> byDate = new TreeMap<>();
    private final LocalDate asOf;
    private final LocalDate first;
    private final LocalDate last;
    private final long days;

    Timeline(List<Overview.ActionState> actions, int startYear, LocalDate asOf) {
      for (Overview.ActionState action : actions) {
        byDate
            .computeIfAbsent(action.dueDate(), date -> new EnumMap<>(Overview.Standing.class))
            .merge(action.standing(), 1, Integer::sum);
      }
      this.asOf = asOf;
      this.first =
          LocalDate.of(
              Math.min(startYear, Math.min(byDate.firstKey().getYear(), asOf.getYear())), 1, 1);
      this.last = LocalDate.of(Math.max(byDate.lastKey().getYear(), asOf.getYear()), 12, 31);
      this.days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    }

    private int x(LocalDate date) {
      return LEFT + (int) (ChronoUnit.DAYS.between(first, date) * WIDTH / days);
    }

    void html(Html out, Labels labels) {
      out.markup("<svg id=\"timeline\" role=\"img\" aria-label=\"")
          .text(labels.get("deadlines"))
          .markup("\" viewBox=\"0 0 ")
          .number(LEFT + WIDTH + 20)
          .markup(" ")
          .number(TOP + PLOT_HEIGHT + 70)
          .markup("\" width=\"100%\">\n");
      int axisY = TOP + PLOT_HEIGHT;
      years(out, axisY);
      int max = byDate.values().stream().mapToInt(Charts::total).max().orElse(1);
      for (var entry : byDate.entrySet()) {
        bars(out, entry.getKey(), entry.getValue(), axisY, max, labels);
      }
      int asOfX = x(asOf);
      out.markup("<line id=\"as-of-line\" x1=\"")
          .number(asOfX)
          .markup("\" y1=\"")
          .number(TOP)
          .markup("\" x2=\"")
          .number(asOfX)
          .markup("\" y2=\"")
          .number(axisY)
          .markup("\" stroke=\"#212121\" stroke-dasharray=\"4 3\"/>")
          .markup("<text x=\"")
          .number(asOfX + 4)
          .markup("\" y=\"")
          .number(TOP + 10)
          .markup("\" class=\"axis\">")
          .text(labels.get("asOf") + " " + labels.date(asOf))
          .markup("</text>\n");
      var items = new ArrayList<String[]>();
      for (Overview.Standing standing : Overview.Standing.values()) {
        items.add(
            new String[] {
              STANDING_COLOURS.get(standing), labels.get("standing." + standing.code())
            });
      }
      Charts.legend(out, axisY + 30, LEFT, items);
      out.markup("</svg>\n");
    }

    private void years(Html out, int axisY) {
      out.markup("<line x1=\"")
          .number(LEFT)
          .markup("\" y1=\"")
          .number(axisY)
          .markup("\" x2=\"")
          .number(LEFT + WIDTH)
          .markup("\" y2=\"")
          .number(axisY)
          .markup("\" class=\"axis-line\"/>\n");
      for (int year = first.getYear(); year <= last.getYear(); year++) {
        int x = x(LocalDate.of(year, 1, 1));
        out.markup("<line x1=\"")
            .number(x)
            .markup("\" y1=\"")
            .number(axisY)
            .markup("\" x2=\"")
            .number(x)
            .markup("\" y2=\"")
            .number(axisY + 5)
            .markup("\" class=\"axis-line\"/><text x=\"")
            .number(x + 2)
            .markup("\" y=\"")
            .number(axisY + 18)
            .markup("\" class=\"axis\">")
            .number(year)
            .markup("</text>\n");
      }
    }

    private void bars(
        Html out,
        LocalDate date,
        Map<Overview.Standing, Integer> counts,
        int axisY,
        int max,
        Labels labels) {
      int x = x(date);
      int y = axisY;
      for (Overview.Standing standing : Overview.Standing.values()) {
        int n = counts.getOrDefault(standing, 0);
        if (n == 0) {
          continue;
        }
        int height = Math.max(2, n * PLOT_HEIGHT / max);
        y -= height;
        out.markup("<rect class=\"due ")
            .markup(standing.code())
            .markup("\" x=\"")
            .number(x - 7)
            .markup("\" y=\"")
            .number(y)
            .markup("\" width=\"14\" height=\"")
            .number(height)
            .markup("\" fill=\"")
            .markup(STANDING_COLOURS.get(standing))
            .markup("\"><title>")
            .text(
                labels.date(date)
                    + labels.colon()
                    + " "
                    + n
                    + " "
                    + labels.get("standing." + standing.code()))
            .markup("</title></rect>");
      }
      out.markup("\n");
    }
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
