package org.napcheck.io.report.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.napcheck.io.report.ReportContext;
import org.napcheck.model.Finding;
import org.napcheck.model.Overview;
import org.napcheck.model.Severity;

/** The dashboard's charts: findings by pillar, and the share of data on people given by sex. */
final class Charts {
  static final Map<Severity, String> SEVERITY_COLOURS =
      Map.of(Severity.ERROR, "#c62828", Severity.WARNING, "#ef6c00", Severity.INFO, "#1565c0");

  private static final int ROW_HEIGHT = 26;
  private static final int LABEL_WIDTH = 260;
  private static final int BAR_WIDTH = 380;

  private Charts() {}

  /** Findings not waived, by pillar and severity, as stacked bars; plan-wide ones first. */
  static void byPillar(Html out, ReportContext context, Labels labels) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<Severity, Integer>> counts = countsByPillar(context, labels, names);
    int max = counts.values().stream().mapToInt(Charts::total).max().orElse(0);
    int height = ROW_HEIGHT * counts.size() + 30;
    out.markup("<section id=\"by-pillar\" class=\"chart\">\n<h2>")
        .text(labels.get("byPillar"))
        .markup("</h2>\n")
        .markup("<svg role=\"img\" aria-label=\"")
        .text(labels.get("byPillar"))
        .markup("\" viewBox=\"0 0 ")
        .number(LABEL_WIDTH + BAR_WIDTH + 60)
        .markup(" ")
        .number(height)
        .markup("\" width=\"100%\">\n");
    int y = 4;
    for (var entry : counts.entrySet()) {
      pillarRow(out, entry.getKey(), names.get(entry.getKey()), entry.getValue(), max, y, labels);
      y += ROW_HEIGHT;
    }
    legend(out, y + 8, LABEL_WIDTH, severityLegend(labels));
    out.markup("</svg>\n</section>\n");
  }

  private static Map<String, Map<Severity, Integer>> countsByPillar(
      ReportContext context, Labels labels, Map<String, String> names) {
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
    return counts;
  }

  private static void pillarRow(
      Html out,
      String pillar,
      String name,
      Map<Severity, Integer> counts,
      int max,
      int y,
      Labels labels) {
    out.markup("<g class=\"pillar-row\" data-pillar=\"")
        .text(pillar)
        .markup("\">")
        .markup("<text x=\"0\" y=\"")
        .number(y + 16)
        .markup("\" class=\"axis\">")
        .text(Html.shorten(name, 38))
        .markup("<title>")
        .text(name)
        .markup("</title></text>");
    int x = LABEL_WIDTH;
    for (Severity severity : Severity.values()) {
      int n = counts.getOrDefault(severity, 0);
      if (n == 0) {
        continue;
      }
      int width = Math.max(2, (int) Math.round((double) n / max * BAR_WIDTH));
      out.markup("<rect class=\"bar ")
          .markup(severity.code())
          .markup("\" x=\"")
          .number(x)
          .markup("\" y=\"")
          .number(y)
          .markup("\" width=\"")
          .number(width)
          .markup("\" height=\"")
          .number(ROW_HEIGHT - 8)
          .markup("\" fill=\"")
          .markup(SEVERITY_COLOURS.get(severity))
          .markup("\"><title>")
          .text(name + labels.colon() + " " + labels.count(severity, n))
          .markup("</title></rect>");
      x += width;
    }
    out.markup("<text x=\"")
        .number(x + 6)
        .markup("\" y=\"")
        .number(y + 16)
        .markup("\" class=\"value\">")
        .number(total(counts))
        .markup("</text></g>\n");
  }

  /** How many indicators of people report, and ask for, data by sex: two gauges. */
  static void sexData(Html out, Overview overview, Labels labels) {
    Overview.SexDisaggregation data = overview.sexData();
    out.markup("<section id=\"sex-data\" class=\"chart\">\n<h2>")
        .text(labels.get("sexData"))
        .markup("</h2>\n")
        .markup("<svg role=\"img\" aria-label=\"")
        .text(labels.get("sexData"))
        .markup("\" viewBox=\"0 0 420 110\" width=\"100%\">\n");
    gauge(out, 10, data.reportedBySex(), data.reported());
    gauge(out, 62, data.askingForSex(), data.peopleIndicators());
    out.markup("</svg>\n<p class=\"gauge-label\">")
        .text(
            data.reported() == 0
                ? labels.get("sexData.none")
                : labels.format("sexData.reported", data.reportedBySex(), data.reported()))
        .markup("</p>\n<p class=\"gauge-label\">")
        .text(labels.format("sexData.asked", data.askingForSex(), data.peopleIndicators()))
        .markup("</p>\n</section>\n");
  }

  private static void gauge(Html out, int y, int part, int whole) {
    int width = 340;
    int filled = whole == 0 ? 0 : (int) Math.round((double) part / whole * width);
    String percent = whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
    out.markup("<rect x=\"0\" y=\"")
        .number(y)
        .markup("\" width=\"")
        .number(width)
        .markup("\" height=\"30\" fill=\"#e0e0e0\" rx=\"4\"/>")
        .markup("<rect class=\"gauge\" x=\"0\" y=\"")
        .number(y)
        .markup("\" width=\"")
        .number(filled)
        .markup("\" height=\"30\" fill=\"#2e7d32\" rx=\"4\"/>")
        .markup("<text x=\"")
        .number(width + 10)
        .markup("\" y=\"")
        .number(y + 21)
        .markup("\" class=\"value\">")
        .markup(percent)
        .markup("</text>\n");
  }

  private static List<String[]> severityLegend(Labels labels) {
    var items = new ArrayList<String[]>();
    for (Severity severity : Severity.values()) {
      items.add(new String[] {SEVERITY_COLOURS.get(severity), labels.severities(severity)});
    }
    return items;
  }

  /** A legend of {@code items}, each a colour and its label, in a row from {@code x}. */
  static void legend(Html out, int y, int x, List<String[]> items) {
    int at = x;
    for (String[] item : items) {
      out.markup("<rect x=\"")
          .number(at)
          .markup("\" y=\"")
          .number(y)
          .markup("\" width=\"12\" height=\"12\" fill=\"")
          .markup(item[0])
          .markup("\"/><text x=\"")
          .number(at + 16)
          .markup("\" y=\"")
          .number(y + 11)
          .markup("\" class=\"axis\">")
          .text(item[1])
          .markup("</text>");
      at += 24 + item[1].length() * 7;
    }
    out.markup("\n");
  }

  static int total(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
