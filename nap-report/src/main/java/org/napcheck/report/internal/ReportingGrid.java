package org.napcheck.report.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.napcheck.model.Overview;

/** The dashboard's grid of who reported for which year: reported, missing, not yet due. */
final class ReportingGrid {
  private ReportingGrid() {}

  static void html(Html out, Overview overview, Labels labels) {
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
    out.markup("<section id=\"reporting\">\n<h2>")
        .text(labels.get("reporting"))
        .markup("</h2>\n")
        .scrollRegion(labels.get("reporting"))
        .markup("<table class=\"grid\">\n<thead><tr><th>")
        .text(labels.get("actor"))
        .markup("</th>");
    years.forEach(year -> out.markup("<th>").number(year).markup("</th>"));
    out.markup("</tr></thead>\n<tbody>\n");
    for (var row : grid.entrySet()) {
      out.markup("<tr><th>").text(row.getKey()).markup("</th>");
      for (int year : years) {
        cell(out, row.getKey(), year, row.getValue().get(year), labels);
      }
      out.markup("</tr>\n");
    }
    out.markup(
            "</tbody></table></div>\n<p class=\"legend-text\"><span class=\"reported\">✓</span> ")
        .text(labels.get("reporting.reported"))
        .markup(" <span class=\"missing\">✗</span> ")
        .text(labels.get("reporting.missing"))
        .markup(" <span class=\"not-due\">·</span> ")
        .text(labels.get("reporting.not-due"))
        .markup("</p>\n</section>\n");
  }

  private static void cell(
      Html out, String actor, int year, Overview.Reporting state, Labels labels) {
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
    out.markup("<td class=\"")
        .markup(code)
        .markup("\" title=\"")
        .text(actor + " " + year + labels.colon() + " " + label)
        .markup("\">")
        .markup(symbol)
        .markup("</td>");
  }
}
