package org.napcheck.report.internal;

import java.util.Map;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;

/**
 * A report to paste into an annual evaluation: a summary table, then the findings by pillar and
 * objective. Plan text is escaped so that it cannot become links, images or HTML.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(ReportContext context) {
    var labels = new Labels(context.locale());
    CheckReport report = context.report();
    var out = new StringBuilder();
    heading(out, context, labels);
    summaryTable(out, report.summary(), labels);
    if (report.findings().isEmpty()) {
      out.append(labels.get("noFindings")).append('\n');
      return out.toString();
    }
    sections(out, context, labels);
    return out.toString();
  }

  /** The title, the part's heading, the plan, date and rule set, and the rules not applied. */
  private static void heading(StringBuilder out, ReportContext context, Labels labels) {
    CheckReport report = context.report();
    String title = context.planAtHand().map(plan -> plan.title()).orElse(report.plan());
    out.append("# ")
        .append(inline(labels.get("report.title")))
        .append(labels.colon())
        .append(' ')
        .append(inline(title))
        .append("\n\n");
    context
        .partAtHand()
        .ifPresent(
            part ->
                out.append("## ").append(inline(SplitIndex.heading(part, labels))).append("\n\n"));
    out.append("**")
        .append(labels.get("plan"))
        .append("**")
        .append(labels.colon())
        .append(' ')
        .append(inline(report.plan()))
        .append(" · **")
        .append(labels.get("asOf"))
        .append("** ")
        .append(labels.date(report.asOf()))
        .append(" · **")
        .append(labels.get("ruleSet"))
        .append("**")
        .append(labels.colon())
        .append(' ')
        .append(inline(report.ruleSet()))
        .append("\n\n");
    for (String line : labels.notApplied(report)) {
      out.append("> ").append(inline(line)).append("\n\n");
    }
  }

  /** The counts by severity, as a table of one row. */
  private static void summaryTable(
      StringBuilder out, Map<Severity, Integer> summary, Labels labels) {
    out.append("| ")
        .append(labels.severities(Severity.ERROR))
        .append(" | ")
        .append(labels.severities(Severity.WARNING))
        .append(" | ")
        .append(labels.severities(Severity.INFO))
        .append(" |\n|---:|---:|---:|\n| ")
        .append(summary.get(Severity.ERROR))
        .append(" | ")
        .append(summary.get(Severity.WARNING))
        .append(" | ")
        .append(summary.get(Severity.INFO))
        .append(" |\n\n");
  }

  /** The findings by pillar and objective, a table each. */
  private static void sections(StringBuilder out, ReportContext context, Labels labels) {
    String pillarShown = null;
    for (Sections.Section section : Sections.of(context, labels.get("planWide"))) {
      if (section.pillarHeading() != null && !section.pillarHeading().equals(pillarShown)) {
        pillarShown = section.pillarHeading();
        if (section.objective() != null) {
          out.append("## ").append(inline(pillarShown)).append("\n\n");
        }
      }
      out.append(section.objective() == null ? "## " : "### ")
          .append(inline(section.heading()))
          .append("\n\n");
      out.append("| ")
          .append(labels.get("rule"))
          .append(" | ")
          .append(labels.get("location"))
          .append(" | ")
          .append(labels.get("message"))
          .append(" |\n|---|---|---|\n");
      for (Finding finding : section.findings()) {
        findingRow(out, finding, labels);
      }
      out.append('\n');
    }
  }

  private static void findingRow(StringBuilder out, Finding finding, Labels labels) {
    out.append("| ")
        .append(labels.get("severity." + finding.severity().code() + ".mark"))
        .append(' ')
        .append(finding.rule())
        .append(" | ")
        .append(inline(Locations.describe(finding.location())))
        .append(" | ")
        .append(inline(finding.message()));
    if (finding.waived()) {
      out.append(" _(").append(labels.get("waived")).append(")_");
    }
    out.append(" |\n");
  }

  /**
   * Text on one line (a heading, a table cell, a quoted notice): escaped, with every line break a
   * space, so that plan text can neither end the line nor start a heading, a list or a table row.
   */
  private static String inline(String text) {
    return LINE_BREAKS.matcher(escape(text)).replaceAll(" ");
  }

  private static final java.util.regex.Pattern LINE_BREAKS =
      java.util.regex.Pattern.compile("\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]");

  /**
   * Escapes every character Markdown gives a meaning to, and the angle brackets and ampersand that
   * would let text become HTML.
   */
  static String escape(String text) {
    var out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
