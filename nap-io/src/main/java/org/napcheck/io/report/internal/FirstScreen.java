package org.napcheck.io.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.napcheck.io.report.ReportContext;
import org.napcheck.model.ActorSplit;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Severity;

/**
 * What the text and HTML reports open with, what needs doing: counts by rule (most serious first),
 * counts by responsible body (who must act, by {@link ActorSplit}'s rules; most errors first), then
 * the findings grouped by rule. Waived findings are left out: nothing needs doing about them. The
 * full list follows in each report, and the machine formats are unchanged.
 */
final class FirstScreen {
  /** The findings shown under each rule in text; HTML shows more. */
  static final int TEXT_PER_RULE = 5;

  static final int HTML_PER_RULE = 10;

  /** The bodies shown, those with the most errors, then warnings, then information. */
  static final int TOP_BODIES = 10;

  private FirstScreen() {}

  /** One rule that fired, with its findings not waived. */
  record RuleGroup(String id, String title, Severity severity, List<Finding> findings) {}

  /** A body and its counts by severity. */
  record BodyCount(String body, Map<Severity, Integer> counts) {
    int count(Severity severity) {
      return counts.getOrDefault(severity, 0);
    }
  }

  /**
   * The rules that fired, most severe first, then the most findings, then by id; each with its
   * findings not waived, in the report's order.
   */
  static List<RuleGroup> byRule(ReportContext context) {
    CheckReport report = context.report();
    Map<String, List<Finding>> byId = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      if (!finding.waived()) {
        byId.computeIfAbsent(finding.rule(), id -> new ArrayList<>()).add(finding);
      }
    }
    var groups = new ArrayList<RuleGroup>();
    byId.forEach(
        (id, findings) ->
            groups.add(new RuleGroup(id, title(context, id), worst(findings), findings)));
    groups.sort(
        Comparator.comparing(RuleGroup::severity)
            .thenComparing(group -> -group.findings().size())
            .thenComparing(RuleGroup::id));
    return groups;
  }

  /**
   * The bodies with findings not waived, most errors first, then warnings, then information, then
   * in the plan's order; empty when the plan is not at hand or the report is one body's already.
   */
  static List<BodyCount> byBody(ReportContext context, Labels labels) {
    if (context.partAtHand().isPresent()) {
      return List.of();
    }
    var bodies = new ArrayList<BodyCount>();
    context
        .byActor()
        .ifPresent(
            split -> {
              for (ActorSplit.Part part : split.parts()) {
                Map<Severity, Integer> counts = new EnumMap<>(part.report().summary());
                if (counts.values().stream().mapToInt(Integer::intValue).sum() > 0) {
                  String body = part.unassigned() ? labels.get("index.unassigned") : part.code();
                  bodies.add(new BodyCount(body, counts));
                }
              }
            });
    bodies.sort(
        Comparator.comparing((BodyCount body) -> -body.count(Severity.ERROR))
            .thenComparing(body -> -body.count(Severity.WARNING))
            .thenComparing(body -> -body.count(Severity.INFO)));
    return bodies;
  }

  /** The first screen of the text report; nothing when there is nothing to do. */
  static void text(
      StringBuilder out,
      ReportContext context,
      Labels labels,
      BiFunction<Severity, String, String> severityStyle,
      java.util.function.UnaryOperator<String> bold) {
    List<RuleGroup> rules = byRule(context);
    if (rules.isEmpty()) {
      return;
    }
    out.append(bold.apply(labels.get("firstScreen.byRule"))).append('\n');
    int countWidth =
        rules.stream().mapToInt(r -> String.valueOf(r.findings().size()).length()).max().orElse(1);
    int severityWidth =
        rules.stream().mapToInt(r -> labels.severity(r.severity()).length()).max().orElse(0);
    for (RuleGroup rule : rules) {
      String count = String.valueOf(rule.findings().size());
      out.append("  ")
          .append(
              severityStyle.apply(
                  rule.severity(), pad(labels.severity(rule.severity()), severityWidth)))
          .append(' ')
          .append(rule.id())
          .append("  ")
          .append(" ".repeat(countWidth - count.length()))
          .append(count)
          .append("  ")
          .append(TextReport.printable(rule.title()))
          .append('\n');
    }
    out.append('\n');

    List<BodyCount> bodies = byBody(context, labels);
    if (!bodies.isEmpty()) {
      out.append(bold.apply(labels.get("firstScreen.byBody"))).append('\n');
      List<BodyCount> shown = bodies.subList(0, Math.min(TOP_BODIES, bodies.size()));
      int width =
          Math.max(
              labels.get("actor").length(),
              shown.stream().mapToInt(body -> body.body().length()).max().orElse(0));
      out.append("  ").append(pad(labels.get("actor"), width));
      for (Severity severity : Severity.values()) {
        out.append("  ").append(labels.severities(severity));
      }
      out.append('\n');
      for (BodyCount body : shown) {
        out.append("  ").append(TextReport.printable(pad(body.body(), width)));
        for (Severity severity : Severity.values()) {
          String count = String.valueOf(body.count(severity));
          out.append("  ")
              .append(
                  " ".repeat(Math.max(0, labels.severities(severity).length() - count.length())))
              .append(count);
        }
        out.append('\n');
      }
      if (bodies.size() > shown.size()) {
        out.append("  ")
            .append(labels.format("firstScreen.moreBodies", bodies.size() - shown.size()))
            .append('\n');
      }
      out.append("  ").append(labels.get("firstScreen.byBody.note")).append("\n\n");
    }

    out.append(bold.apply(labels.get("firstScreen.groups"))).append("\n\n");
    for (RuleGroup rule : rules) {
      out.append(severityStyle.apply(rule.severity(), labels.severity(rule.severity())))
          .append(' ')
          .append(rule.id())
          .append(rule.title().isEmpty() ? "" : " " + TextReport.printable(rule.title()))
          .append(" (")
          .append(rule.findings().size())
          .append(")\n");
      List<Finding> findings = rule.findings();
      for (Finding finding : findings.subList(0, Math.min(TEXT_PER_RULE, findings.size()))) {
        out.append("  ")
            .append(TextReport.printable(Locations.describe(finding.location())))
            .append(" — ")
            .append(TextReport.printable(finding.message()))
            .append('\n');
      }
      if (findings.size() > TEXT_PER_RULE) {
        out.append("  ")
            .append(labels.format("firstScreen.more", findings.size() - TEXT_PER_RULE))
            .append('\n');
      }
      out.append('\n');
    }
    out.append(bold.apply(labels.get("firstScreen.fullList").toUpperCase(context.locale())))
        .append("\n\n");
  }

  /** The first screen of the HTML report; nothing when there is nothing to do. */
  static void html(StringBuilder out, ReportContext context, Labels labels) {
    List<RuleGroup> rules = byRule(context);
    if (rules.isEmpty()) {
      return;
    }
    out.append("<section id=\"first-screen\">\n<div class=\"first-tables\">\n")
        .append("<section id=\"by-rule\">\n<h2>")
        .append(HtmlReport.esc(labels.get("firstScreen.byRule")))
        .append("</h2>\n<table class=\"counts\">\n<thead><tr><th>")
        .append(HtmlReport.esc(labels.get("rule")))
        .append("</th><th>")
        .append(HtmlReport.esc(labels.get("firstScreen.title")))
        .append("</th><th class=\"num\">")
        .append(HtmlReport.esc(labels.get("count")))
        .append("</th></tr></thead>\n<tbody>\n");
    for (RuleGroup rule : rules) {
      out.append("<tr class=\"")
          .append(rule.severity().code())
          .append("\" data-rule=\"")
          .append(HtmlReport.esc(rule.id()))
          .append("\"><td><span class=\"badge ")
          .append(rule.severity().code())
          .append("\">")
          .append(HtmlReport.esc(labels.severity(rule.severity())))
          .append("</span> <a href=\"#group-")
          .append(HtmlReport.esc(rule.id()))
          .append("\"><code>")
          .append(HtmlReport.esc(rule.id()))
          .append("</code></a></td><td>")
          .append(HtmlReport.esc(rule.title()))
          .append("</td><td class=\"num\">")
          .append(rule.findings().size())
          .append("</td></tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");

    List<BodyCount> bodies = byBody(context, labels);
    if (!bodies.isEmpty()) {
      out.append("<section id=\"by-body\">\n<h2>")
          .append(HtmlReport.esc(labels.get("firstScreen.byBody")))
          .append("</h2>\n<table class=\"counts\">\n<thead><tr><th>")
          .append(HtmlReport.esc(labels.get("actor")))
          .append("</th>");
      for (Severity severity : Severity.values()) {
        out.append("<th class=\"num\">")
            .append(HtmlReport.esc(labels.severities(severity)))
            .append("</th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      for (BodyCount body : bodies.subList(0, Math.min(TOP_BODIES, bodies.size()))) {
        out.append("<tr data-body=\"")
            .append(HtmlReport.esc(body.body()))
            .append("\"><th>")
            .append(HtmlReport.esc(body.body()))
            .append("</th>");
        for (Severity severity : Severity.values()) {
          int count = body.count(severity);
          out.append("<td class=\"num ")
              .append(severity.code())
              .append(count == 0 ? " zero" : "")
              .append("\">")
              .append(count)
              .append("</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody></table>\n");
      if (bodies.size() > TOP_BODIES) {
        out.append("<p class=\"note\">")
            .append(
                HtmlReport.esc(labels.format("firstScreen.moreBodies", bodies.size() - TOP_BODIES)))
            .append("</p>\n");
      }
      out.append("<p class=\"note\">")
          .append(HtmlReport.esc(labels.get("firstScreen.byBody.note")))
          .append("</p>\n</section>\n");
    }
    out.append("</div>\n<section id=\"rule-groups\">\n<h2>")
        .append(HtmlReport.esc(labels.get("firstScreen.groups")))
        .append("</h2>\n");
    for (RuleGroup rule : rules) {
      out.append("<details class=\"group ")
          .append(rule.severity().code())
          .append("\" id=\"group-")
          .append(HtmlReport.esc(rule.id()))
          .append("\" data-rule=\"")
          .append(HtmlReport.esc(rule.id()))
          .append("\"><summary><span class=\"badge ")
          .append(rule.severity().code())
          .append("\">")
          .append(HtmlReport.esc(labels.severity(rule.severity())))
          .append("</span> <code>")
          .append(HtmlReport.esc(rule.id()))
          .append("</code> ")
          .append(HtmlReport.esc(rule.title()))
          .append(" <span class=\"count\">(")
          .append(rule.findings().size())
          .append(")</span></summary>\n<ul>\n");
      List<Finding> findings = rule.findings();
      for (Finding finding : findings.subList(0, Math.min(HTML_PER_RULE, findings.size()))) {
        out.append("<li><span class=\"where\">")
            .append(HtmlReport.esc(Locations.describe(finding.location())))
            .append("</span> ")
            .append(HtmlReport.esc(finding.message()))
            .append("</li>\n");
      }
      out.append("</ul>\n");
      if (findings.size() > HTML_PER_RULE) {
        out.append("<p class=\"more\">")
            .append(
                HtmlReport.esc(labels.format("firstScreen.more", findings.size() - HTML_PER_RULE)))
            .append("</p>\n");
      }
      out.append("</details>\n");
    }
    out.append("</section>\n</section>\n");
  }

  static final String CSS =
      """
      #first-screen{background:#fff;border-radius:6px;padding:.2rem 1rem 1rem;box-shadow:0 1px 2px rgba(0,0,0,.15);margin-top:1rem}
      .first-tables{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:0 2rem}
      table.counts{border-collapse:collapse;font-size:.9rem;width:100%}
      .counts th,.counts td{border-bottom:1px solid #eee;padding:.2rem .5rem;text-align:left;vertical-align:top}
      .counts .num{text-align:right}
      .counts td:first-child{white-space:nowrap}
      .counts td.error{color:var(--error);font-weight:700}.counts td.warning{color:var(--warning);font-weight:700}
      .counts td.zero{color:#9e9e9e;font-weight:400}
      .counts tbody th{font-weight:500;white-space:nowrap}
      #rule-groups details{border-bottom:1px solid #eee;padding:.3rem 0}
      #rule-groups summary{cursor:pointer}
      #rule-groups ul{margin:.3rem 0 .3rem 1rem;padding-left:1rem;font-size:.92rem}
      #rule-groups .more{margin:.2rem 0 .2rem 2rem;color:#555;font-size:.9rem}
      """;

  private static String title(ReportContext context, String id) {
    return context
        .rule(id)
        .map(RuleInfo::title)
        .orElseGet(
            () ->
                context.report().rules().stream()
                    .filter(rule -> rule.id().equals(id))
                    .map(CheckReport.RuleOutcome::title)
                    .findFirst()
                    .orElse(""));
  }

  private static Severity worst(List<Finding> findings) {
    return findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
