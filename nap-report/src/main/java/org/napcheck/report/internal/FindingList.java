package org.napcheck.report.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.napcheck.model.ActorSplit;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Pillar;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;

/**
 * The dashboard's list of every finding, each with its rule's explanation, fix and source, its
 * evidence and its waiver; above it, the filters by severity, rule, pillar, words and waiver.
 */
final class FindingList {
  private FindingList() {}

  static void html(
      Html out,
      ReportContext context,
      Optional<ActorSplit> split,
      List<FirstScreen.BodyCount> bodyCounts,
      Labels labels) {
    CheckReport report = context.report();
    Map<String, RuleInfo> rules = new TreeMap<>();
    context.catalog().forEach(rule -> rules.put(rule.id(), rule));
    out.markup("<section id=\"findings\">\n<h2>").text(labels.get("findings")).markup("</h2>\n");
    filters(out, context, rules, bodyCounts, labels);
    if (report.findings().isEmpty()) {
      out.markup("<p class=\"empty\">").text(labels.get("noFindings")).markup("</p>\n");
    }
    Map<Finding, String> bodies = bodiesOf(split);
    out.markup("<ol id=\"finding-list\">\n");
    for (Finding finding : report.findings()) {
      finding(out, finding, bodies.getOrDefault(finding, ""), rules.get(finding.rule()), labels);
    }
    out.markup("</ol>\n</section>\n");
  }

  /**
   * The codes of the bodies each finding is for, separated by tabs (a code may hold spaces, never a
   * tab), by the rules of {@link ActorSplit} (as the first screen counts them; "-" for no body);
   * none when the plan is not at hand or the report is one body's.
   */
  private static Map<Finding, String> bodiesOf(Optional<ActorSplit> split) {
    Map<Finding, String> bodies = new HashMap<>();
    split.ifPresent(
        whole -> {
          for (ActorSplit.Part part : whole.parts()) {
            for (Finding finding : part.report().findings()) {
              bodies.merge(finding, FirstScreen.code(part), (old, added) -> old + "\t" + added);
            }
          }
        });
    return bodies;
  }

  private static void filters(
      Html out,
      ReportContext context,
      Map<String, RuleInfo> rules,
      List<FirstScreen.BodyCount> bodyCounts,
      Labels labels) {
    Set<String> firedRules = new TreeSet<>();
    Set<String> pillars = new LinkedHashSet<>();
    context
        .planAtHand()
        .ifPresent(plan -> plan.pillars().stream().map(Pillar::id).forEach(pillars::add));
    for (Finding finding : context.report().findings()) {
      firedRules.add(finding.rule());
      if (finding.location().pillar() != null) {
        pillars.add(finding.location().pillar());
      }
    }
    out.markup("<form id=\"filters\" aria-label=\"").text(labels.get("filter")).markup("\">\n");
    for (Severity severity : Severity.values()) {
      out.markup("<label><input type=\"checkbox\" name=\"severity\" value=\"")
          .markup(severity.code())
          .markup("\" checked> ")
          .text(labels.severities(severity))
          .markup("</label>\n");
    }
    out.markup("<label>")
        .text(labels.get("ruleFilter"))
        .markup(" <select id=\"rule-filter\"><option value=\"\">")
        .text(labels.get("allRules"))
        .markup("</option>");
    for (String id : firedRules) {
      String title = rules.containsKey(id) ? " — " + rules.get(id).title() : "";
      out.markup("<option value=\"").text(id).markup("\">").text(id + title).markup("</option>");
    }
    out.markup("</select></label>\n<label>")
        .text(labels.get("pillarFilter"))
        .markup(" <select id=\"pillar-filter\"><option value=\"\">")
        .text(labels.get("allPillars"))
        .markup("</option>");
    for (String pillar : pillars) {
      out.markup("<option value=\"")
          .text(pillar)
          .markup("\">")
          .text(labels.get("pillar") + " " + pillar)
          .markup("</option>");
    }
    out.markup("</select></label>\n");
    bodyFilter(out, bodyCounts, labels);
    out.markup("<input id=\"search\" type=\"search\" placeholder=\"")
        .text(labels.get("search"))
        .markup("\" aria-label=\"")
        .text(labels.get("search"))
        .markup("\">\n")
        .markup("<label><input type=\"checkbox\" id=\"show-waived\" checked> ")
        .text(labels.get("showWaived"))
        .markup("</label>\n</form>\n<p id=\"shown\" data-template=\"")
        .text(labels.get("shown"))
        .markup("\"></p>\n");
  }

  /** A choice of the bodies the first screen names, when it names any. */
  private static void bodyFilter(Html out, List<FirstScreen.BodyCount> bodies, Labels labels) {
    if (bodies.isEmpty()) {
      return;
    }
    out.markup("<label>")
        .text(labels.get("bodyFilter"))
        .markup(" <select id=\"body-filter\"><option value=\"\">")
        .text(labels.get("allBodies"))
        .markup("</option>");
    for (FirstScreen.BodyCount body : bodies) {
      out.markup("<option value=\"")
          .text(body.code())
          .markup("\">")
          .text(body.body())
          .markup("</option>");
    }
    out.markup("</select></label>\n");
  }

  private static void finding(
      Html out, Finding finding, String bodies, RuleInfo rule, Labels labels) {
    summary(out, finding, bodies, labels);
    out.markup("<div class=\"explain\">");
    if (rule != null) {
      explanation(out, rule, labels);
    }
    if (!finding.evidence().isEmpty()) {
      evidence(out, finding, labels);
    }
    if (finding.waived()) {
      waiver(out, finding, labels);
    }
    out.markup("</div></details>\n</li>\n");
  }

  /**
   * The finding's item, with what the filters read, and its line: severity, rule, location,
   * message.
   */
  private static void summary(Html out, Finding finding, String bodies, Labels labels) {
    String severity = finding.severity().code();
    out.markup("<li class=\"finding ")
        .markup(severity)
        .markup("\" data-severity=\"")
        .markup(severity)
        .markup("\" data-rule=\"")
        .text(finding.rule())
        .markup("\" data-pillar=\"")
        .text(finding.location().pillar() == null ? "" : finding.location().pillar())
        .markup("\" data-bodies=\"")
        .text(bodies)
        .markup("\" data-waived=\"")
        .markup(String.valueOf(finding.waived()))
        .markup("\">\n<details><summary>")
        .markup("<span class=\"badge ")
        .markup(severity)
        .markup("\">")
        .text(labels.severity(finding.severity()))
        .markup("</span> <code>")
        .text(finding.rule())
        .markup("</code> <span class=\"where\">")
        .text(Locations.describe(finding.location()))
        .markup("</span> <span class=\"message\">")
        .text(finding.message())
        .markup("</span>");
    if (finding.waived()) {
      out.markup(" <span class=\"waived\">").text(labels.get("waived")).markup("</span>");
    }
    out.markup("</summary>\n");
  }

  private static void evidence(Html out, Finding finding, Labels labels) {
    out.markup("<dl class=\"evidence\">");
    finding
        .evidence()
        .forEach(
            (key, value) ->
                out.markup("<dt>")
                    .text(labels.evidenceName(key))
                    .markup("</dt><dd>")
                    .text(labels.evidenceValue(value))
                    .markup("</dd>"));
    out.markup("</dl>");
  }

  private static void waiver(Html out, Finding finding, Labels labels) {
    out.markup("<p class=\"waiver\">")
        .text(
            labels.format(
                "waivedBy",
                finding.waiver().reason(),
                String.valueOf(finding.waiver().approvedBy()),
                finding.waiver().expires() == null
                    ? "null"
                    : labels.date(finding.waiver().expires())))
        .markup("</p>");
  }

  private static void explanation(Html out, RuleInfo rule, Labels labels) {
    out.markup("<p><b>")
        .text(rule.title())
        .markup("</b></p>")
        .markup("<p><b>")
        .text(labels.get("why") + labels.colon())
        .markup("</b> ")
        .text(rule.why())
        .markup("</p>")
        .markup("<p><b>")
        .text(labels.get("fix") + labels.colon())
        .markup("</b> ")
        .text(rule.fix())
        .markup("</p>")
        .markup("<p class=\"source\"><b>")
        .text(labels.get("source") + labels.colon())
        .markup("</b> ")
        .text(rule.source())
        .markup("</p>");
  }
}
