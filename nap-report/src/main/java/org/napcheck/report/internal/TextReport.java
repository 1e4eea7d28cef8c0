package org.napcheck.report.internal;

import java.util.Map;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;

/** A report for a terminal, grouped by pillar and objective; colours only when asked. */
public final class TextReport {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final Map<Severity, String> COLOURS =
      Map.of(
          Severity.ERROR,
          "\u001b[31m",
          Severity.WARNING,
          "\u001b[33m",
          Severity.INFO,
          "\u001b[36m");

  private TextReport() {}

  public static String render(ReportContext context) {
    var labels = new Labels(context.locale());
    CheckReport report = context.report();
    var out = new StringBuilder();
    heading(out, context, labels);
    FirstScreen.text(
        out,
        context,
        labels,
        (severity, text) -> style(context, COLOURS.get(severity), text),
        text -> style(context, BOLD, text));

    if (report.findings().isEmpty()) {
      out.append(labels.get("noFindings")).append('\n');
    }
    sections(out, context, labels);
    summary(out, context, labels);
    return out.toString();
  }

  /** The plan, the part's heading, the date and rule set, and the rules not applied. */
  private static void heading(StringBuilder out, ReportContext context, Labels labels) {
    CheckReport report = context.report();
    String title =
        printable(
            context
                .planAtHand()
                .map(plan -> plan.id() + " — " + plan.title())
                .orElse(report.plan()));
    out.append(style(context, BOLD, title)).append('\n');
    context
        .partAtHand()
        .ifPresent(
            part ->
                out.append(style(context, BOLD, printable(SplitIndex.heading(part, labels))))
                    .append('\n'));
    out.append(labels.get("asOf"))
        .append(' ')
        .append(labels.date(report.asOf()))
        .append(" · ")
        .append(printable(report.ruleSet()))
        .append("\n\n");
    for (String line : labels.notApplied(report)) {
      out.append(printable(line)).append("\n\n");
    }
  }

  /** The full list: the findings by pillar and objective. */
  private static void sections(StringBuilder out, ReportContext context, Labels labels) {
    int width = severityWidth(labels);
    String pillarShown = null;
    for (Sections.Section section : Sections.of(context, labels.get("planWide"))) {
      if (section.pillarHeading() != null && !section.pillarHeading().equals(pillarShown)) {
        pillarShown = section.pillarHeading();
        if (section.objective() != null) {
          out.append(style(context, BOLD, printable(pillarShown).toUpperCase(context.locale())))
              .append("\n\n");
        }
      }
      out.append(style(context, BOLD, printable(section.heading()))).append('\n');
      for (Finding finding : section.findings()) {
        finding(out, context, finding, labels, width);
      }
      out.append('\n');
    }
  }

  /** A finding on two lines: severity, rule and location, then the message below them. */
  private static void finding(
      StringBuilder out, ReportContext context, Finding finding, Labels labels, int width) {
    String severity = labels.severity(finding.severity());
    out.append("  ")
        .append(style(context, COLOURS.get(finding.severity()), pad(severity, width)))
        .append(' ')
        .append(finding.rule())
        .append("  ")
        .append(printable(Locations.describe(finding.location())));
    if (finding.waived()) {
      out.append("  ").append(style(context, DIM, "(" + labels.get("waived") + ")"));
    }
    out.append('\n')
        .append(" ".repeat(width + 3))
        .append(printable(finding.message()))
        .append('\n');
  }

  /** The counts by severity, and how many findings are waived. */
  private static void summary(StringBuilder out, ReportContext context, Labels labels) {
    CheckReport report = context.report();
    Map<Severity, Integer> summary = report.summary();
    out.append(style(context, BOLD, labels.get("summary"))).append(labels.colon()).append(' ');
    out.append(labels.count(Severity.ERROR, summary.get(Severity.ERROR)))
        .append(", ")
        .append(labels.count(Severity.WARNING, summary.get(Severity.WARNING)))
        .append(", ")
        .append(labels.count(Severity.INFO, summary.get(Severity.INFO)));
    long waived = report.findings().stream().filter(Finding::waived).count();
    if (waived > 0) {
      out.append(" (").append(labels.format("waivedCount", waived)).append(')');
    }
    out.append('\n');
  }

  /**
   * Plan text as a terminal shows it: control characters, which could move the cursor, clear the
   * screen or fake a line of the report, become a space (tabs, line breaks) or U+FFFD.
   */
  static String printable(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.getType(c) != Character.CONTROL) {
                out.appendCodePoint(c);
              } else {
                out.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : '\uFFFD');
              }
            });
    return out.toString();
  }

  /** The width of the longest severity label, at least that of "warning" plus one. */
  private static int severityWidth(Labels labels) {
    int width = 8;
    for (Severity severity : Severity.values()) {
      width = Math.max(width, labels.severity(severity).length());
    }
    return width;
  }

  private static String style(ReportContext context, String code, String text) {
    return context.colour() ? code + text + RESET : text;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
