package org.napcheck.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.napcheck.model.ActorSplit;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;

/**
 * The dashboard: one self-contained HTML file that loads nothing from outside (ministry networks
 * are closed, and a Content-Security-Policy forbids it), with counts by severity, what needs doing
 * first, findings by pillar, a timeline of deadlines, a reporting-completeness grid and the share
 * of data on people broken down by sex, drawn as inline SVG; then the findings, filterable, each
 * with its rule's explanation and fix. Each section has a renderer of its own, writing through
 * {@link Html}, which escapes every text; the style and the script are resources beside them. It
 * prints well.
 */
public final class HtmlReport {
  private static final String CSS = resource("dashboard.css");
  private static final String SCRIPT = resource("dashboard.js");

  private HtmlReport() {}

  public static String render(ReportContext context) {
    var labels = new Labels(context.locale());
    var out = new Html(64 * 1024);
    head(out, context, labels);
    header(out, context, labels);
    out.markup("<main>\n");
    for (String line : labels.notApplied(context.report())) {
      out.markup("<p class=\"not-applied\" role=\"note\">").text(line).markup("</p>\n");
    }
    summaryCards(out, context.report(), labels);
    // the report split by body, made once: the first screen counts it, the list filters by it
    Optional<ActorSplit> split = FirstScreen.split(context);
    List<FirstScreen.BodyCount> bodies = FirstScreen.byBody(split, labels);
    FirstScreen.html(out, context, bodies, labels);
    out.markup("<div class=\"charts\">\n");
    Charts.byPillar(out, context, labels);
    Charts.sexData(out, context.report().overview(), labels);
    out.markup("</div>\n");
    Deadlines.html(out, context, labels);
    ReportingGrid.html(out, context.report().overview(), labels);
    FindingList.html(out, context, split, bodies, labels);
    out.markup("</main>\n<footer>")
        .text(labels.format("generatedBy", String.valueOf(context.report().ruleSet())))
        .markup("</footer>\n<script>")
        .markup(SCRIPT)
        .markup("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void head(Html out, ReportContext context, Labels labels) {
    CheckReport report = context.report();
    out.markup("<!DOCTYPE html>\n<html lang=\"")
        .text(labels.language())
        .markup("\">\n<head>\n")
        .markup("<meta charset=\"utf-8\">\n")
        .markup("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .markup("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; ")
        // Neither falls back to default-src: a form or a <base> could still point elsewhere.
        .markup("base-uri 'none'; form-action 'none'\">\n")
        .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .markup("<title>")
        .text(
            labels.get("report.title")
                + labels.colon()
                + " "
                + report.plan()
                + " — "
                + labels.get("asOf")
                + " "
                + labels.date(report.asOf()))
        .markup("</title>\n")
        .markup("<style>")
        .markup(CSS)
        .markup("</style>\n</head>\n<body>\n");
  }

  private static void header(Html out, ReportContext context, Labels labels) {
    CheckReport report = context.report();
    String title = context.planAtHand().map(plan -> plan.title()).orElse(report.plan());
    out.markup("<header>\n<h1>")
        .text(title)
        .markup("</h1>\n<p class=\"meta\">")
        .text(labels.get("plan"))
        .markup(" <b>")
        .text(report.plan())
        .markup("</b> · ")
        .text(labels.get("asOf"))
        .markup(" <b id=\"as-of\">")
        .text(labels.date(report.asOf()))
        .markup("</b> · ")
        .text(labels.get("ruleSet"))
        .markup(" <b>")
        .text(String.valueOf(report.ruleSet()))
        .markup("</b></p>\n");
    context
        .partAtHand()
        .ifPresent(
            part ->
                out.markup("<p id=\"for-body\">")
                    .text(SplitIndex.heading(part, labels))
                    .markup("</p>\n"));
    out.markup("</header>\n");
  }

  private static void summaryCards(Html out, CheckReport report, Labels labels) {
    out.markup("<section id=\"summary\" class=\"cards\">\n");
    for (Severity severity : Severity.values()) {
      out.markup("<div class=\"card ")
          .markup(severity.code())
          .markup("\" data-severity=\"")
          .markup(severity.code())
          .markup("\"><span class=\"count\">")
          .number(report.summary().get(severity))
          .markup("</span><span class=\"label\">")
          .text(labels.severities(severity))
          .markup("</span></div>\n");
    }
    out.markup("</section>\n");
  }

  /** A text resource beside this class, read once. */
  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
