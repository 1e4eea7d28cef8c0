package org.napcheck.report.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.napcheck.model.Coded;
import org.napcheck.model.Finding;
import org.napcheck.model.Overview;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;

/**
 * The dashboard's charts, drawn as tables: each row its label, a bar of coloured parts (a picture
 * of the numbers beside it, hidden from screen readers) and the numbers themselves, so that every
 * part is labelled, the text is the page's own size, and the chart reflows at any width.
 */
final class Charts {
  private Charts() {}

  /** Findings not waived, by pillar and severity; plan-wide ones first. */
  static void byPillar(Html out, ReportContext context, Labels labels) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<Severity, Integer>> counts = countsByPillar(context, labels, names);
    out.markup("<section id=\"by-pillar\" class=\"panel\">\n<h2>")
        .text(labels.get("byPillar"))
        .markup("</h2>\n");
    var rows = new LinkedHashMap<String, Map<Severity, Integer>>();
    counts.forEach((pillar, byPillar) -> rows.put(names.get(pillar), byPillar));
    barTable(
        out,
        labels.get("byPillar"),
        labels.get("pillar"),
        List.of(Severity.values()),
        rows,
        labels::severities,
        labels.get("total"));
    out.markup("</section>\n");
  }

  private static Map<String, Map<Severity, Integer>> countsByPillar(
      ReportContext context, Labels labels, Map<String, String> names) {
    names.put("", labels.get("planWide"));
    names.putAll(pillarNames(context));
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

  /** The plan's pillars, in its order, each named by its id and title ("I. Participation"). */
  static Map<String, String> pillarNames(ReportContext context) {
    Map<String, String> names = new LinkedHashMap<>();
    context
        .planAtHand()
        .ifPresent(
            plan -> plan.pillars().forEach(p -> names.put(p.id(), p.id() + ". " + p.title())));
    return names;
  }

  /**
   * A table of {@code rows}, named {@code name}: a label, a stacked bar of the {@code parts}
   * (scaled to the largest row), a number for each part under its own heading, and the total.
   */
  static <P extends Enum<P> & Coded> void barTable(
      Html out,
      String name,
      String rowHeading,
      List<P> parts,
      Map<String, ? extends Map<P, Integer>> rows,
      Function<P, String> partName,
      String totalHeading) {
    int max = Math.max(1, rows.values().stream().mapToInt(Charts::total).max().orElse(0));
    out.scrollRegion(name)
        .markup("<table class=\"counts bars\">\n<thead><tr><th>")
        .text(rowHeading)
        .markup("</th><td class=\"bar-cell\" aria-hidden=\"true\"></td>");
    for (P part : parts) {
      out.markup("<th class=\"num\"><span class=\"swatch s-")
          .markup(part.code())
          .markup("\" aria-hidden=\"true\"></span>")
          .text(partName.apply(part))
          .markup("</th>");
    }
    out.markup("<th class=\"num\">").text(totalHeading).markup("</th></tr></thead>\n<tbody>\n");
    rows.forEach(
        (label, counts) -> {
          out.markup("<tr><th>").text(label).markup("</th><td class=\"bar-cell\">");
          bar(out, parts, counts, max);
          out.markup("</td>");
          for (P part : parts) {
            int n = counts.getOrDefault(part, 0);
            out.markup("<td class=\"num")
                .markup(n == 0 ? " zero" : "")
                .markup("\" data-label=\"")
                .text(partName.apply(part))
                .markup("\">")
                .number(n)
                .markup("</td>");
          }
          out.markup("<td class=\"num\" data-label=\"")
              .text(totalHeading)
              .markup("\">")
              .number(total(counts))
              .markup("</td></tr>\n");
        });
    out.markup("</tbody></table></div>\n");
  }

  private static <P extends Enum<P> & Coded> void bar(
      Html out, List<P> parts, Map<P, Integer> counts, int max) {
    out.markup("<div class=\"bar\" aria-hidden=\"true\">");
    for (P part : parts) {
      int n = counts.getOrDefault(part, 0);
      if (n > 0) {
        out.markup("<span class=\"s-")
            .markup(part.code())
            .markup("\" style=\"width:")
            .markup(percent(n, max))
            .markup("\"></span>");
      }
    }
    out.markup("</div>");
  }

  /** How many indicators of people report, and ask for, data by sex: two labelled gauges. */
  static void sexData(Html out, Overview overview, Labels labels) {
    Overview.SexDisaggregation data = overview.sexData();
    out.markup("<section id=\"sex-data\" class=\"panel gauge\">\n<h2>")
        .text(labels.get("sexData"))
        .markup("</h2>\n");
    gauge(
        out,
        data.reportedBySex(),
        data.reported(),
        data.reported() == 0
            ? labels.get("sexData.none")
            : labels.format("sexData.reported", data.reportedBySex(), data.reported()));
    gauge(
        out,
        data.askingForSex(),
        data.peopleIndicators(),
        labels.format("sexData.asked", data.askingForSex(), data.peopleIndicators()));
    out.markup("</section>\n");
  }

  private static void gauge(Html out, int part, int whole, String sentence) {
    String share = whole == 0 ? "–" : Math.round(100.0 * part / whole) + " %";
    out.markup("<div class=\"bar\" aria-hidden=\"true\"><span class=\"filled\" style=\"width:")
        .markup(whole == 0 ? "0%" : percent(part, whole))
        .markup("\"></span></div>\n<p><b>")
        .text(share)
        .markup("</b> · ")
        .text(sentence)
        .markup("</p>\n");
  }

  private static String percent(int part, int whole) {
    return Math.max(0.5, Math.round(1000.0 * part / whole) / 10.0) + "%";
  }

  static int total(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
