package org.napcheck.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.napcheck.model.ActorSplit;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;

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

  /** A body (its code, for the filter; "-" for findings of no body) and its counts by severity. */
  record BodyCount(String code, String body, Map<Severity, Integer> counts) {
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
   * The report split by responsible body, made once per report: empty when the plan is not at hand
   * or the report is one body's already.
   */
  static Optional<ActorSplit> split(ReportContext context) {
    return context.partAtHand().isPresent() ? Optional.empty() : context.byActor();
  }

  /**
   * The bodies with findings not waived, most errors first, then warnings, then information, then
   * in the plan's order; empty without a {@link #split}.
   */
  static List<BodyCount> byBody(Optional<ActorSplit> split, Labels labels) {
    var bodies = new ArrayList<BodyCount>();
    split.ifPresent(
        whole -> {
          for (ActorSplit.Part part : whole.parts()) {
            Map<Severity, Integer> counts = new EnumMap<>(part.report().summary());
            if (counts.values().stream().mapToInt(Integer::intValue).sum() > 0) {
              String body = part.unassigned() ? labels.get("index.unassigned") : part.code();
              bodies.add(new BodyCount(code(part), body, counts));
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
    byRuleText(out, rules, labels, severityStyle);
    List<BodyCount> bodies = byBody(split(context), labels);
    if (!bodies.isEmpty()) {
      out.append(bold.apply(labels.get("firstScreen.byBody"))).append('\n');
      byBodyText(out, bodies, labels);
    }
    out.append(bold.apply(labels.get("firstScreen.groups"))).append("\n\n");
    ruleGroupsText(out, rules, labels, severityStyle);
    out.append(bold.apply(labels.get("firstScreen.fullList").toUpperCase(context.locale())))
        .append("\n\n");
  }

  /** A line per rule: its severity, id, count and title, in columns. */
  private static void byRuleText(
      StringBuilder out,
      List<RuleGroup> rules,
      Labels labels,
      BiFunction<Severity, String, String> severityStyle) {
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
  }

  /** A line per body, those with the most findings, with its counts by severity in columns. */
  private static void byBodyText(StringBuilder out, List<BodyCount> bodies, Labels labels) {
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
            .append(" ".repeat(Math.max(0, labels.severities(severity).length() - count.length())))
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

  /** Each rule, then its first findings. */
  private static void ruleGroupsText(
      StringBuilder out,
      List<RuleGroup> rules,
      Labels labels,
      BiFunction<Severity, String, String> severityStyle) {
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
  }

  /**
   * The first screen of the HTML report: who needs to act (the bodies with the most errors first,
   * each a link to its findings), where the actions stand by pillar, then the findings by rule and
   * what needs doing, rule by rule.
   */
  static void html(Html out, ReportContext context, List<BodyCount> bodies, Labels labels) {
    List<RuleGroup> rules = byRule(context);
    out.markup("<section id=\"first-screen\">\n<div class=\"first-tables\">\n");
    if (!bodies.isEmpty()) {
      byBodyTable(out, bodies, labels);
    }
    Deadlines.byPillar(out, context, labels);
    out.markup("</div>\n");
    if (!rules.isEmpty()) {
      byRuleTable(out, rules, labels);
      ruleGroups(out, rules, labels);
    }
    out.markup("</section>\n");
  }

  private static void byBodyTable(Html out, List<BodyCount> bodies, Labels labels) {
    out.markup("<section id=\"by-body\">\n<h2>")
        .text(labels.get("firstScreen.byBody"))
        .markup("</h2>\n")
        .scrollRegion(labels.get("firstScreen.byBody"))
        .markup("<table class=\"counts\">\n<thead><tr><th>")
        .text(labels.get("actor"))
        .markup("</th>");
    for (Severity severity : Severity.values()) {
      out.markup("<th class=\"num\">").text(labels.severities(severity)).markup("</th>");
    }
    out.markup("</tr></thead>\n<tbody>\n");
    for (BodyCount body : bodies.subList(0, Math.min(TOP_BODIES, bodies.size()))) {
      out.markup("<tr data-body=\"")
          .text(body.code())
          .markup("\"><th><a href=\"#findings\" data-body=\"")
          .text(body.code())
          .markup("\">")
          .text(body.body())
          .markup("</a></th>");
      for (Severity severity : Severity.values()) {
        int count = body.count(severity);
        out.markup("<td class=\"num ")
            .markup(severity.code())
            .markup(count == 0 ? " zero" : "")
            .markup("\" data-label=\"")
            .text(labels.severities(severity))
            .markup("\">")
            .number(count)
            .markup("</td>");
      }
      out.markup("</tr>\n");
    }
    out.markup("</tbody></table></div>\n");
    if (bodies.size() > TOP_BODIES) {
      out.markup("<p class=\"note\">")
          .text(labels.format("firstScreen.moreBodies", bodies.size() - TOP_BODIES))
          .markup("</p>\n");
    }
    out.markup("<p class=\"note\">")
        .text(labels.get("firstScreen.byBody.note"))
        .markup("</p>\n</section>\n");
  }

  private static void byRuleTable(Html out, List<RuleGroup> rules, Labels labels) {
    out.markup("<section id=\"by-rule\">\n<h2>")
        .text(labels.get("firstScreen.byRule"))
        .markup("</h2>\n")
        .scrollRegion(labels.get("firstScreen.byRule"))
        .markup("<table class=\"counts\">\n<thead><tr><th>")
        .text(labels.get("rule"))
        .markup("</th><th>")
        .text(labels.get("firstScreen.title"))
        .markup("</th><th class=\"num\">")
        .text(labels.get("count"))
        .markup("</th></tr></thead>\n<tbody>\n");
    for (RuleGroup rule : rules) {
      out.markup("<tr class=\"")
          .markup(rule.severity().code())
          .markup("\" data-rule=\"")
          .text(rule.id())
          .markup("\"><td><span class=\"badge ")
          .markup(rule.severity().code())
          .markup("\">")
          .text(labels.severity(rule.severity()))
          .markup("</span> <a href=\"#group-")
          .text(rule.id())
          .markup("\"><code>")
          .text(rule.id())
          .markup("</code></a></td><td>")
          .text(rule.title())
          .markup("</td><td class=\"num\" data-label=\"")
          .text(labels.get("count"))
          .markup("\">")
          .number(rule.findings().size())
          .markup("</td></tr>\n");
    }
    out.markup("</tbody></table></div>\n</section>\n");
  }

  private static void ruleGroups(Html out, List<RuleGroup> rules, Labels labels) {
    out.markup("<section id=\"rule-groups\">\n<h2>")
        .text(labels.get("firstScreen.groups"))
        .markup("</h2>\n");
    for (RuleGroup rule : rules) {
      out.markup("<details class=\"group ")
          .markup(rule.severity().code())
          .markup("\" id=\"group-")
          .text(rule.id())
          .markup("\" data-rule=\"")
          .text(rule.id())
          .markup("\"><summary><span class=\"badge ")
          .markup(rule.severity().code())
          .markup("\">")
          .text(labels.severity(rule.severity()))
          .markup("</span> <code>")
          .text(rule.id())
          .markup("</code> ")
          .text(rule.title())
          .markup(" <span class=\"count\">(")
          .number(rule.findings().size())
          .markup(")</span></summary>\n<ul>\n");
      List<Finding> findings = rule.findings();
      for (Finding finding : findings.subList(0, Math.min(HTML_PER_RULE, findings.size()))) {
        out.markup("<li><span class=\"where\">")
            .text(Locations.describe(finding.location()))
            .markup("</span> ")
            .text(finding.message())
            .markup("</li>\n");
      }
      out.markup("</ul>\n");
      if (findings.size() > HTML_PER_RULE) {
        out.markup("<p class=\"more\">")
            .text(labels.format("firstScreen.more", findings.size() - HTML_PER_RULE))
            .markup("</p>\n");
      }
      out.markup("</details>\n");
    }
    out.markup("</section>\n");
  }

  /** A body's code in the HTML report's filter; "-" for the findings of no body. */
  static String code(ActorSplit.Part part) {
    return part.unassigned() ? "-" : part.code();
  }

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
