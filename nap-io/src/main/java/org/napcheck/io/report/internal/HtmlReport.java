package org.napcheck.io.report.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.napcheck.io.report.ReportContext;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Overview;
import org.napcheck.model.Pillar;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Severity;

/**
 * The dashboard: one self-contained HTML file that loads nothing from outside (ministry networks
 * are closed, and a Content-Security-Policy forbids it), with counts by severity, findings by
 * pillar, a timeline of deadlines, a reporting-completeness grid and the share of data on people
 * broken down by sex, drawn as inline SVG; then the findings, filterable, each with its rule's
 * explanation and fix. Every text from the plan or the data is escaped. It prints well.
 */
public final class HtmlReport {
  private static final Map<Severity, String> SEVERITY_COLOURS =
      Map.of(Severity.ERROR, "#c62828", Severity.WARNING, "#ef6c00", Severity.INFO, "#1565c0");
  private static final Map<Overview.Standing, String> STANDING_COLOURS =
      Map.of(
          Overview.Standing.OVERDUE, "#c62828",
          Overview.Standing.DUE_SOON, "#ef6c00",
          Overview.Standing.NOT_STARTED, "#9e9e9e",
          Overview.Standing.IN_PROGRESS, "#1565c0",
          Overview.Standing.CONTINUOUS, "#6a1b9a",
          Overview.Standing.DONE, "#2e7d32");

  private HtmlReport() {}

  public static String render(ReportContext context) {
    var labels = new Labels(context.locale());
    CheckReport report = context.report();
    String title = context.planAtHand().map(plan -> plan.title()).orElse(report.plan());
    var out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(esc(labels.language()))
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; ")
        // Neither falls back to default-src: a form or a <base> could still point elsewhere.
        .append("base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(
            esc(
                labels.get("report.title")
                    + labels.colon()
                    + " "
                    + report.plan()
                    + " — "
                    + labels.get("asOf")
                    + " "
                    + labels.date(report.asOf())))
        .append("</title>\n")
        .append("<style>")
        .append(CSS)
        .append(FirstScreen.CSS)
        .append("</style>\n</head>\n<body>\n");

    out.append("<header>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<p class=\"meta\">")
        .append(esc(labels.get("plan")))
        .append(" <b>")
        .append(esc(report.plan()))
        .append("</b> · ")
        .append(esc(labels.get("asOf")))
        .append(" <b id=\"as-of\">")
        .append(esc(labels.date(report.asOf())))
        .append("</b> · ")
        .append(esc(labels.get("ruleSet")))
        .append(" <b>")
        .append(esc(String.valueOf(report.ruleSet())))
        .append("</b></p>\n");
    context
        .partAtHand()
        .ifPresent(
            part ->
                out.append("<p id=\"for-body\">")
                    .append(esc(SplitIndex.heading(part, labels)))
                    .append("</p>\n"));
    out.append("</header>\n<main>\n");
    for (String line : labels.notApplied(report)) {
      out.append("<p class=\"not-applied\" role=\"note\">").append(esc(line)).append("</p>\n");
    }

    summaryCards(out, report, labels);
    FirstScreen.html(out, context, labels);
    out.append("<div class=\"charts\">\n");
    byPillarChart(out, context, labels);
    sexDataChart(out, report.overview(), labels);
    out.append("</div>\n");
    deadlines(out, context, labels);
    reportingGrid(out, report.overview(), labels);
    findings(out, context, labels);
    out.append("</main>\n<footer>")
        .append(esc(labels.format("generatedBy", String.valueOf(report.ruleSet()))))
        .append("</footer>\n<script>")
        .append(SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void summaryCards(StringBuilder out, CheckReport report, Labels labels) {
    out.append("<section id=\"summary\" class=\"cards\">\n");
    for (Severity severity : Severity.values()) {
      out.append("<div class=\"card ")
          .append(severity.code())
          .append("\" data-severity=\"")
          .append(severity.code())
          .append("\"><span class=\"count\">")
          .append(report.summary().get(severity))
          .append("</span><span class=\"label\">")
          .append(esc(labels.severities(severity)))
          .append("</span></div>\n");
    }
    out.append("</section>\n");
  }

  private static void byPillarChart(StringBuilder out, ReportContext context, Labels labels) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("", labels.get("planWide"));
    context
        .planAtHand()
        .ifPresent(
            plan -> plan.pillars().forEach(p -> names.put(p.id(), p.id() + ". " + p.title())));
    Map<String, Map<Severity, Integer>> counts = new LinkedHashMap<>();
    names.keySet().forEach(id -> counts.put(id, new EnumMap<>(Severity.class)));
    for (Finding finding : context.report().findings()) {
      if (finding.waived()) {
        continue;
      }
      String pillar = finding.location().pillar() == null ? "" : finding.location().pillar();
      names.putIfAbsent(pillar, pillar);
      counts
          .computeIfAbsent(pillar, id -> new EnumMap<>(Severity.class))
          .merge(finding.severity(), 1, Integer::sum);
    }
    int max = counts.values().stream().mapToInt(HtmlReport::total).max().orElse(0);
    int rowHeight = 26;
    int labelWidth = 260;
    int barWidth = 380;
    int height = rowHeight * counts.size() + 30;
    out.append("<section id=\"by-pillar\" class=\"chart\">\n<h2>")
        .append(esc(labels.get("byPillar")))
        .append("</h2>\n")
        .append("<svg role=\"img\" aria-label=\"")
        .append(esc(labels.get("byPillar")))
        .append("\" viewBox=\"0 0 ")
        .append(labelWidth + barWidth + 60)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\">\n");
    int y = 4;
    for (var entry : counts.entrySet()) {
      String name = names.get(entry.getKey());
      out.append("<g class=\"pillar-row\" data-pillar=\"")
          .append(esc(entry.getKey()))
          .append("\">")
          .append("<text x=\"0\" y=\"")
          .append(y + 16)
          .append("\" class=\"axis\">")
          .append(esc(shorten(name, 38)))
          .append("<title>")
          .append(esc(name))
          .append("</title></text>");
      int x = labelWidth;
      for (Severity severity : Severity.values()) {
        int n = entry.getValue().getOrDefault(severity, 0);
        if (n == 0) {
          continue;
        }
        int width = Math.max(2, (int) Math.round((double) n / max * barWidth));
        out.append("<rect class=\"bar ")
            .append(severity.code())
            .append("\" x=\"")
            .append(x)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(width)
            .append("\" height=\"")
            .append(rowHeight - 8)
            .append("\" fill=\"")
            .append(SEVERITY_COLOURS.get(severity))
            .append("\"><title>")
            .append(esc(name + labels.colon() + " " + labels.count(severity, n)))
            .append("</title></rect>");
        x += width;
      }
      out.append("<text x=\"")
          .append(x + 6)
          .append("\" y=\"")
          .append(y + 16)
          .append("\" class=\"value\">")
          .append(total(entry.getValue()))
          .append("</text></g>\n");
      y += rowHeight;
    }
    legend(out, y + 8, labelWidth, severityLegend(labels));
    out.append("</svg>\n</section>\n");
  }

  private static void sexDataChart(StringBuilder out, Overview overview, Labels labels) {
    Overview.SexDisaggregation data = overview.sexData();
    out.append("<section id=\"sex-data\" class=\"chart\">\n<h2>")
        .append(esc(labels.get("sexData")))
        .append("</h2>\n")
        .append("<svg role=\"img\" aria-label=\"")
        .append(esc(labels.get("sexData")))
        .append("\" viewBox=\"0 0 420 110\" width=\"100%\">\n");
    gauge(out, 10, data.reportedBySex(), data.reported());
    gauge(out, 62, data.askingForSex(), data.peopleIndicators());
    out.append("</svg>\n<p class=\"gauge-label\">")
        .append(
            esc(
                data.reported() == 0
                    ? labels.get("sexData.none")
                    : labels.format("sexData.reported", data.reportedBySex(), data.reported())))
        .append("</p>\n<p class=\"gauge-label\">")
        .append(esc(labels.format("sexData.asked", data.askingForSex(), data.peopleIndicators())))
        .append("</p>\n</section>\n");
  }

  private static void gauge(StringBuilder out, int y, int part, int whole) {
    int width = 340;
    int filled = whole == 0 ? 0 : (int) Math.round((double) part / whole * width);
    String percent = whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
    out.append("<rect x=\"0\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"30\" fill=\"#e0e0e0\" rx=\"4\"/>")
        .append("<rect class=\"gauge\" x=\"0\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(filled)
        .append("\" height=\"30\" fill=\"#2e7d32\" rx=\"4\"/>")
        .append("<text x=\"")
        .append(width + 10)
        .append("\" y=\"")
        .append(y + 21)
        .append("\" class=\"value\">")
        .append(percent)
        .append("</text>\n");
  }

  private static void deadlines(StringBuilder out, ReportContext context, Labels labels) {
    CheckReport report = context.report();
    List<Overview.ActionState> actions = report.overview().actions();
    out.append("<section id=\"deadlines\">\n<h2>")
        .append(esc(labels.get("deadlines")))
        .append("</h2>\n<p class=\"note\">")
        .append(esc(labels.get("deadlines.note")))
        .append("</p>\n");
    if (!actions.isEmpty()) {
      int startYear =
          context.planAtHand().map(plan -> plan.period().start()).orElse(report.asOf().getYear());
      timeline(out, actions, startYear, report.asOf(), labels);
    }
    actionList(out, actions, Overview.Standing.OVERDUE, "overdueActions", context, labels);
    actionList(out, actions, Overview.Standing.DUE_SOON, "dueSoonActions", context, labels);
    out.append("</section>\n");
  }

  private static void timeline(
      StringBuilder out,
      List<Overview.ActionState> actions,
      int startYear,
      LocalDate asOf,
      Labels labels) {
    TreeMap<LocalDate, Map<Overview.Standing, Integer>> byDate = new TreeMap<>();
    for (Overview.ActionState action : actions) {
      byDate
          .computeIfAbsent(action.dueDate(), date -> new EnumMap<>(Overview.Standing.class))
          .merge(action.standing(), 1, Integer::sum);
    }
    LocalDate first =
        LocalDate.of(
            Math.min(startYear, Math.min(byDate.firstKey().getYear(), asOf.getYear())), 1, 1);
    LocalDate last = LocalDate.of(Math.max(byDate.lastKey().getYear(), asOf.getYear()), 12, 31);
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    int left = 40;
    int width = 640;
    int top = 10;
    int plotHeight = 150;
    int max = byDate.values().stream().mapToInt(HtmlReport::total).max().orElse(1);
    out.append("<svg id=\"timeline\" role=\"img\" aria-label=\"")
        .append(esc(labels.get("deadlines")))
        .append("\" viewBox=\"0 0 ")
        .append(left + width + 20)
        .append(' ')
        .append(top + plotHeight + 70)
        .append("\" width=\"100%\">\n");
    int axisY = top + plotHeight;
    out.append("<line x1=\"")
        .append(left)
        .append("\" y1=\"")
        .append(axisY)
        .append("\" x2=\"")
        .append(left + width)
        .append("\" y2=\"")
        .append(axisY)
        .append("\" class=\"axis-line\"/>\n");
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      int x =
          left + (int) (ChronoUnit.DAYS.between(first, LocalDate.of(year, 1, 1)) * width / days);
      out.append("<line x1=\"")
          .append(x)
          .append("\" y1=\"")
          .append(axisY)
          .append("\" x2=\"")
          .append(x)
          .append("\" y2=\"")
          .append(axisY + 5)
          .append("\" class=\"axis-line\"/><text x=\"")
          .append(x + 2)
          .append("\" y=\"")
          .append(axisY + 18)
          .append("\" class=\"axis\">")
          .append(year)
          .append("</text>\n");
    }
    for (var entry : byDate.entrySet()) {
      int x = left + (int) (ChronoUnit.DAYS.between(first, entry.getKey()) * width / days);
      int y = axisY;
      for (Overview.Standing standing : Overview.Standing.values()) {
        int n = entry.getValue().getOrDefault(standing, 0);
        if (n == 0) {
          continue;
        }
        int height = Math.max(2, n * plotHeight / max);
        y -= height;
        out.append("<rect class=\"due ")
            .append(standing.code())
            .append("\" x=\"")
            .append(x - 7)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"14\" height=\"")
            .append(height)
            .append("\" fill=\"")
            .append(STANDING_COLOURS.get(standing))
            .append("\"><title>")
            .append(
                esc(
                    labels.date(entry.getKey())
                        + labels.colon()
                        + " "
                        + n
                        + " "
                        + labels.get("standing." + standing.code())))
            .append("</title></rect>");
      }
      out.append('\n');
    }
    int asOfX = left + (int) (ChronoUnit.DAYS.between(first, asOf) * width / days);
    out.append("<line id=\"as-of-line\" x1=\"")
        .append(asOfX)
        .append("\" y1=\"")
        .append(top)
        .append("\" x2=\"")
        .append(asOfX)
        .append("\" y2=\"")
        .append(axisY)
        .append("\" stroke=\"#212121\" stroke-dasharray=\"4 3\"/>")
        .append("<text x=\"")
        .append(asOfX + 4)
        .append("\" y=\"")
        .append(top + 10)
        .append("\" class=\"axis\">")
        .append(esc(labels.get("asOf") + " " + labels.date(asOf)))
        .append("</text>\n");
    var items = new ArrayList<String[]>();
    for (Overview.Standing standing : Overview.Standing.values()) {
      items.add(
          new String[] {STANDING_COLOURS.get(standing), labels.get("standing." + standing.code())});
    }
    legend(out, axisY + 30, left, items);
    out.append("</svg>\n");
  }

  private static void actionList(
      StringBuilder out,
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
    out.append("<h3>")
        .append(esc(labels.get(headingKey)))
        .append(" (")
        .append(listed.size())
        .append(")</h3>\n<ul class=\"actions ")
        .append(standing.code())
        .append("\">\n");
    for (Overview.ActionState action : listed) {
      out.append("<li><b>")
          .append(esc(action.action()))
          .append("</b> · ")
          .append(esc(labels.date(action.dueDate())))
          .append(" — ")
          .append(esc(shorten(texts.getOrDefault(action.action(), ""), 160)))
          .append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private static void reportingGrid(StringBuilder out, Overview overview, Labels labels) {
    if (overview.reporting().isEmpty()) {
      return;
    }
    Set<Integer> years = new TreeSet<>();
    Map<String, Map<Integer, Overview.Reporting>> grid = new LinkedHashMap<>();
    for (Overview.ReportingState state : overview.reporting()) {
      years.add(state.year());
      grid.computeIfAbsent(state.actor(), actor -> new LinkedHashMap<>())
          .put(state.year(), state.state());
    }
    out.append("<section id=\"reporting\">\n<h2>")
        .append(esc(labels.get("reporting")))
        .append("</h2>\n")
        .append("<div class=\"grid-wrap\"><table class=\"grid\">\n<thead><tr><th>")
        .append(esc(labels.get("actor")))
        .append("</th>");
    years.forEach(year -> out.append("<th>").append(year).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (var row : grid.entrySet()) {
      out.append("<tr><th>").append(esc(row.getKey())).append("</th>");
      for (int year : years) {
        Overview.Reporting state = row.getValue().get(year);
        String code = state == null ? "none" : state.code();
        String label = state == null ? "" : labels.get("reporting." + state.code());
        String symbol =
            state == null
                ? ""
                : switch (state) {
                  case REPORTED -> "✓";
                  case MISSING -> "✗";
                  case NOT_DUE -> "·";
                };
        out.append("<td class=\"")
            .append(code)
            .append("\" title=\"")
            .append(esc(row.getKey() + " " + year + labels.colon() + " " + label))
            .append("\">")
            .append(symbol)
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append(
            "</tbody></table></div>\n<p class=\"legend-text\"><span class=\"reported\">✓</span> ")
        .append(esc(labels.get("reporting.reported")))
        .append(" <span class=\"missing\">✗</span> ")
        .append(esc(labels.get("reporting.missing")))
        .append(" <span class=\"not-due\">·</span> ")
        .append(esc(labels.get("reporting.not-due")))
        .append("</p>\n</section>\n");
  }

  private static void findings(StringBuilder out, ReportContext context, Labels labels) {
    CheckReport report = context.report();
    Map<String, RuleInfo> rules = new TreeMap<>();
    context.catalog().forEach(rule -> rules.put(rule.id(), rule));
    Set<String> firedRules = new TreeSet<>();
    Set<String> pillars = new LinkedHashSet<>();
    context
        .planAtHand()
        .ifPresent(plan -> plan.pillars().stream().map(Pillar::id).forEach(pillars::add));
    report
        .findings()
        .forEach(
            f -> {
              firedRules.add(f.rule());
              if (f.location().pillar() != null) {
                pillars.add(f.location().pillar());
              }
            });

    out.append("<section id=\"findings\">\n<h2>")
        .append(esc(labels.get("findings")))
        .append("</h2>\n")
        .append("<form id=\"filters\" aria-label=\"")
        .append(esc(labels.get("filter")))
        .append("\">\n");
    for (Severity severity : Severity.values()) {
      out.append("<label><input type=\"checkbox\" name=\"severity\" value=\"")
          .append(severity.code())
          .append("\" checked> ")
          .append(esc(labels.severities(severity)))
          .append("</label>\n");
    }
    out.append("<select id=\"rule-filter\"><option value=\"\">")
        .append(esc(labels.get("allRules")))
        .append("</option>");
    for (String id : firedRules) {
      String title = rules.containsKey(id) ? " — " + rules.get(id).title() : "";
      out.append("<option value=\"")
          .append(esc(id))
          .append("\">")
          .append(esc(id + title))
          .append("</option>");
    }
    out.append("</select>\n<select id=\"pillar-filter\"><option value=\"\">")
        .append(esc(labels.get("allPillars")))
        .append("</option>");
    for (String pillar : pillars) {
      out.append("<option value=\"")
          .append(esc(pillar))
          .append("\">")
          .append(esc(labels.get("pillar") + " " + pillar))
          .append("</option>");
    }
    out.append("</select>\n<input id=\"search\" type=\"search\" placeholder=\"")
        .append(esc(labels.get("search")))
        .append("\" aria-label=\"")
        .append(esc(labels.get("search")))
        .append("\">\n")
        .append("<label><input type=\"checkbox\" id=\"show-waived\" checked> ")
        .append(esc(labels.get("showWaived")))
        .append("</label>\n</form>\n<p id=\"shown\" data-template=\"")
        .append(esc(labels.get("shown")))
        .append("\"></p>\n");
    if (report.findings().isEmpty()) {
      out.append("<p class=\"empty\">").append(esc(labels.get("noFindings"))).append("</p>\n");
    }
    out.append("<ol id=\"finding-list\">\n");
    for (Finding finding : report.findings()) {
      RuleInfo rule = rules.get(finding.rule());
      out.append("<li class=\"finding ")
          .append(finding.severity().code())
          .append("\" data-severity=\"")
          .append(finding.severity().code())
          .append("\" data-rule=\"")
          .append(esc(finding.rule()))
          .append("\" data-pillar=\"")
          .append(esc(finding.location().pillar() == null ? "" : finding.location().pillar()))
          .append("\" data-waived=\"")
          .append(finding.waived())
          .append("\">\n<details><summary>")
          .append("<span class=\"badge ")
          .append(finding.severity().code())
          .append("\">")
          .append(esc(labels.severity(finding.severity())))
          .append("</span> <code>")
          .append(esc(finding.rule()))
          .append("</code> <span class=\"where\">")
          .append(esc(Locations.describe(finding.location())))
          .append("</span> <span class=\"message\">")
          .append(esc(finding.message()))
          .append("</span>");
      if (finding.waived()) {
        out.append(" <span class=\"waived\">").append(esc(labels.get("waived"))).append("</span>");
      }
      out.append("</summary>\n<div class=\"explain\">");
      if (rule != null) {
        out.append("<p><b>")
            .append(esc(rule.title()))
            .append("</b></p>")
            .append("<p><b>")
            .append(esc(labels.get("why") + labels.colon()))
            .append("</b> ")
            .append(esc(rule.why()))
            .append("</p>")
            .append("<p><b>")
            .append(esc(labels.get("fix") + labels.colon()))
            .append("</b> ")
            .append(esc(rule.fix()))
            .append("</p>")
            .append("<p class=\"source\"><b>")
            .append(esc(labels.get("source") + labels.colon()))
            .append("</b> ")
            .append(esc(rule.source()))
            .append("</p>");
      }
      if (!finding.evidence().isEmpty()) {
        out.append("<dl class=\"evidence\">");
        finding
            .evidence()
            .forEach(
                (key, value) ->
                    out.append("<dt>")
                        .append(esc(labels.evidenceName(key)))
                        .append("</dt><dd>")
                        .append(esc(labels.evidenceValue(value)))
                        .append("</dd>"));
        out.append("</dl>");
      }
      if (finding.waived()) {
        out.append("<p class=\"waiver\">")
            .append(
                esc(
                    labels.format(
                        "waivedBy",
                        finding.waiver().reason(),
                        String.valueOf(finding.waiver().approvedBy()),
                        finding.waiver().expires() == null
                            ? "null"
                            : labels.date(finding.waiver().expires()))))
            .append("</p>");
      }
      out.append("</div></details>\n</li>\n");
    }
    out.append("</ol>\n</section>\n");
  }

  private static List<String[]> severityLegend(Labels labels) {
    var items = new ArrayList<String[]>();
    for (Severity severity : Severity.values()) {
      items.add(new String[] {SEVERITY_COLOURS.get(severity), labels.severities(severity)});
    }
    return items;
  }

  private static void legend(StringBuilder out, int y, int x, List<String[]> items) {
    int at = x;
    for (String[] item : items) {
      out.append("<rect x=\"")
          .append(at)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"12\" height=\"12\" fill=\"")
          .append(item[0])
          .append("\"/><text x=\"")
          .append(at + 16)
          .append("\" y=\"")
          .append(y + 11)
          .append("\" class=\"axis\">")
          .append(esc(item[1]))
          .append("</text>");
      at += 24 + item[1].length() * 7;
    }
    out.append('\n');
  }

  private static int total(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  /** Escapes text for HTML content and attribute values alike. */
  static String esc(String text) {
    var out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static final String CSS =
      """
      :root{--error:#c62828;--warning:#ef6c00;--info:#1565c0;--ok:#2e7d32;--grey:#616161}
      *{box-sizing:border-box}
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#212121;background:#fafafa;line-height:1.45}
      header{background:#263238;color:#fff;padding:1.2rem 2rem}
      header h1{margin:0 0 .3rem;font-size:1.4rem}
      #for-body{margin:.4rem 0 0;font-size:1.15rem;font-weight:700}
      .meta{margin:0;opacity:.9}
      .not-applied{background:#e3f2fd;border-left:6px solid var(--info);padding:.6rem 1rem;border-radius:6px}
      main{padding:1rem 2rem;max-width:1200px}
      h2{font-size:1.15rem;margin:1.4rem 0 .5rem}
      .cards{display:flex;gap:1rem;flex-wrap:wrap}
      .card{flex:1;min-width:150px;background:#fff;border-radius:6px;padding:.8rem 1rem;border-left:6px solid var(--grey);box-shadow:0 1px 2px rgba(0,0,0,.15)}
      .card.error{border-color:var(--error)}.card.warning{border-color:var(--warning)}.card.info{border-color:var(--info)}
      .card .count{display:block;font-size:2rem;font-weight:700}
      .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:1rem}
      .chart,#deadlines,#reporting,#findings{background:#fff;border-radius:6px;padding:.2rem 1rem 1rem;box-shadow:0 1px 2px rgba(0,0,0,.15);margin-top:1rem}
      svg text{font-size:12px;fill:#424242}
      .axis-line{stroke:#9e9e9e}
      .note,.gauge-label,.legend-text{color:#555;font-size:.9rem;margin:.3rem 0}
      .grid-wrap{overflow-x:auto}
      table.grid{border-collapse:collapse;font-size:.85rem}
      .grid th,.grid td{border:1px solid #e0e0e0;padding:.2rem .5rem;text-align:center}
      .grid tbody th{text-align:left;font-weight:500;white-space:nowrap}
      td.reported,span.reported{background:#e8f5e9;color:var(--ok)}
      td.missing,span.missing{background:#ffebee;color:var(--error);font-weight:700}
      td.not-due,span.not-due{color:#9e9e9e}
      #filters{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:center;margin-bottom:.5rem}
      #filters input[type=search]{padding:.3rem .5rem;min-width:14rem}
      #finding-list{list-style:none;padding:0;margin:0}
      .finding{border-bottom:1px solid #eee;padding:.35rem 0}
      .finding summary{cursor:pointer}
      .badge{display:inline-block;min-width:6.5rem;text-align:center;border-radius:3px;color:#fff;font-size:.8rem;padding:0 .3rem}
      .badge.error{background:var(--error)}.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}
      .where{color:#555;font-size:.9rem}
      .waived{background:#eceff1;border-radius:3px;padding:0 .3rem;font-size:.8rem}
      .finding[data-waived=true] .message{color:#757575}
      .explain{margin:.4rem 0 .4rem 7rem;font-size:.92rem}
      .explain p{margin:.2rem 0}
      .evidence{display:grid;grid-template-columns:max-content 1fr;gap:0 .8rem;font-size:.85rem;color:#424242}
      .evidence dt{font-family:monospace}.evidence dd{margin:0}
      footer{padding:1rem 2rem;color:#757575;font-size:.85rem}
      .hidden{display:none}
      @media print{#filters,#shown{display:none}body{background:#fff}.chart,#deadlines,#reporting,#findings{box-shadow:none;border:1px solid #ddd}header{background:#fff;color:#000;border-bottom:2px solid #000}.finding{break-inside:avoid}}
      """;

  private static final String SCRIPT =
      """
      (function () {
        var form = document.getElementById('filters');
        var items = Array.prototype.slice.call(document.querySelectorAll('#finding-list > li.finding'));
        var shown = document.getElementById('shown');
        function apply() {
          var severities = {};
          form.querySelectorAll('input[name=severity]').forEach(function (box) { severities[box.value] = box.checked; });
          var rule = document.getElementById('rule-filter').value;
          var pillar = document.getElementById('pillar-filter').value;
          var words = document.getElementById('search').value.trim().toLowerCase();
          var waived = document.getElementById('show-waived').checked;
          var count = 0;
          items.forEach(function (item) {
            var visible = severities[item.dataset.severity]
              && (!rule || item.dataset.rule === rule)
              && (!pillar || item.dataset.pillar === pillar)
              && (waived || item.dataset.waived !== 'true')
              && (!words || item.textContent.toLowerCase().indexOf(words) >= 0);
            item.classList.toggle('hidden', !visible);
            if (visible) { count++; }
          });
          shown.textContent = shown.dataset.template.replace('{0}', count).replace('{1}', items.length);
        }
        form.addEventListener('input', apply);
        form.addEventListener('change', apply);
        form.addEventListener('submit', function (event) { event.preventDefault(); });
        window.addEventListener('beforeprint', function () {
          document.querySelectorAll('details').forEach(function (d) { d.open = true; });
        });
        apply();
      })();
      """;
}
