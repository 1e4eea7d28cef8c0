package org.napcheck.report.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.napcheck.io.internal.Writers;
import org.napcheck.model.ActorSplit;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;

/**
 * The index of a split: one row per body with its counts by severity and the file of its report, in
 * the format of the reports (JSON for JSON and SARIF, CSV for CSV and spreadsheets).
 */
public final class SplitIndex {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SplitIndex() {}

  /** One row: a part and the name of the file its report went to. */
  private record Row(ActorSplit.Part part, String file, Map<Severity, Integer> summary) {}

  private static List<Row> rows(ActorSplit split, List<String> files) {
    if (files.size() != split.parts().size()) {
      throw new IllegalArgumentException(
          "one file per part: " + split.parts().size() + " parts, " + files.size() + " files");
    }
    var rows = new ArrayList<Row>();
    for (int i = 0; i < files.size(); i++) {
      ActorSplit.Part part = split.parts().get(i);
      rows.add(new Row(part, files.get(i), part.report().summary()));
    }
    return rows;
  }

  public static String json(ReportContext whole, ActorSplit split, List<String> files) {
    CheckReport report = whole.report();
    ObjectNode root = JSON.createObjectNode();
    root.put("napcheck", 1);
    root.put("plan", report.plan());
    root.put("asOf", report.asOf().toString());
    root.put("ruleSet", report.ruleSet());
    root.put("splitBy", "actor");
    ArrayNode bodies = root.putArray("bodies");
    for (Row row : rows(split, files)) {
      ObjectNode node = bodies.addObject();
      ActorSplit.Part part = row.part();
      if (part.unassigned()) {
        node.putNull("code");
      } else {
        node.put("code", part.code());
      }
      node.put("name", part.name());
      node.put("parent", part.parent());
      node.put("listed", part.listed());
      ObjectNode summary = node.putObject("summary");
      for (Severity severity : Severity.values()) {
        summary.put(severity.code(), row.summary().get(severity));
      }
      node.put("report", row.file());
    }
    return Writers.json(root);
  }

  public static String csv(ActorSplit split, List<String> files) {
    var out = new StringBuilder("\uFEFF");
    CsvReport.row(
        out, List.of("body", "name", "parent", "listed", "errors", "warnings", "info", "report"));
    for (Row row : rows(split, files)) {
      ActorSplit.Part part = row.part();
      CsvReport.row(
          out,
          List.of(
              text(part.code()),
              text(part.name()),
              text(part.parent()),
              Boolean.toString(part.listed()),
              row.summary().get(Severity.ERROR).toString(),
              row.summary().get(Severity.WARNING).toString(),
              row.summary().get(Severity.INFO).toString(),
              row.file()));
    }
    return out.toString();
  }

  public static String text(ReportContext whole, ActorSplit split, List<String> files) {
    var labels = new Labels(whole.locale());
    List<Row> rows = rows(split, files);
    var out = new StringBuilder();
    out.append(TextReport.printable(labels.format("index.title", whole.report().plan())))
        .append('\n')
        .append(labels.get("asOf"))
        .append(' ')
        .append(whole.report().asOf())
        .append("\n\n");
    int width =
        Math.max(
            labels.get("actor").length(),
            rows.stream().mapToInt(row -> body(row.part(), labels).length()).max().orElse(0));
    out.append(pad(labels.get("actor"), width));
    for (Severity severity : Severity.values()) {
      out.append("  ").append(labels.severities(severity));
    }
    out.append("  ").append(labels.get("index.report")).append('\n');
    for (Row row : rows) {
      out.append(TextReport.printable(pad(body(row.part(), labels), width)));
      for (Severity severity : Severity.values()) {
        String count = row.summary().get(severity).toString();
        out.append("  ")
            .append(" ".repeat(Math.max(0, labels.severities(severity).length() - count.length())))
            .append(count);
      }
      out.append("  ").append(TextReport.printable(row.file())).append('\n');
    }
    return out.toString();
  }

  public static String markdown(ReportContext whole, ActorSplit split, List<String> files) {
    var labels = new Labels(whole.locale());
    var out = new StringBuilder();
    out.append("# ")
        .append(MarkdownReport.escape(labels.format("index.title", whole.report().plan())))
        .append("\n\n**")
        .append(labels.get("asOf"))
        .append("** ")
        .append(whole.report().asOf())
        .append("\n\n| ")
        .append(labels.get("actor"))
        .append(" | ")
        .append(labels.get("index.name"))
        .append(" | ")
        .append(labels.severities(Severity.ERROR))
        .append(" | ")
        .append(labels.severities(Severity.WARNING))
        .append(" | ")
        .append(labels.severities(Severity.INFO))
        .append(" | ")
        .append(labels.get("index.report"))
        .append(" |\n|---|---|---:|---:|---:|---|\n");
    for (Row row : rows(split, files)) {
      ActorSplit.Part part = row.part();
      out.append("| ")
          .append(MarkdownReport.escape(body(part, labels)))
          .append(" | ")
          .append(MarkdownReport.escape(name(part, labels)))
          .append(" | ")
          .append(row.summary().get(Severity.ERROR))
          .append(" | ")
          .append(row.summary().get(Severity.WARNING))
          .append(" | ")
          .append(row.summary().get(Severity.INFO))
          .append(" | <")
          // A link in angle brackets takes spaces; the name is safe (letters, digits, . _ -).
          .append(row.file())
          .append("> |\n");
    }
    return out.toString();
  }

  public static String html(ReportContext whole, ActorSplit split, List<String> files) {
    var labels = new Labels(whole.locale());
    CheckReport report = whole.report();
    String title = labels.format("index.title", report.plan());
    var out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(Html.escape(labels.language()))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(title + " — " + labels.get("asOf") + " " + report.asOf()))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header><h1>")
        .append(Html.escape(title))
        .append("</h1><p class=\"meta\">")
        .append(Html.escape(whole.planAtHand().map(plan -> plan.title()).orElse(report.plan())))
        .append(" · ")
        .append(Html.escape(labels.get("asOf")))
        .append(" <b>")
        .append(report.asOf())
        .append("</b></p></header>\n<main>\n<table id=\"bodies\">\n<thead><tr><th>")
        .append(Html.escape(labels.get("actor")))
        .append("</th><th>")
        .append(Html.escape(labels.get("index.name")))
        .append("</th>");
    for (Severity severity : Severity.values()) {
      out.append("<th class=\"")
          .append(severity.code())
          .append("\">")
          .append(Html.escape(labels.severities(severity)))
          .append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Row row : rows(split, files)) {
      htmlRow(out, row, labels);
    }
    out.append("</tbody></table>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** A body's row: its code (a link to its report), its name and its counts by severity. */
  private static void htmlRow(StringBuilder out, Row row, Labels labels) {
    ActorSplit.Part part = row.part();
    out.append("<tr data-body=\"")
        .append(Html.escape(part.unassigned() ? "" : part.code()))
        .append("\"><th><a href=\"")
        .append(Html.escape(row.file()))
        .append("\">")
        .append(Html.escape(body(part, labels)))
        .append("</a></th><td>")
        .append(Html.escape(name(part, labels)))
        .append("</td>");
    for (Severity severity : Severity.values()) {
      int count = row.summary().get(severity);
      out.append("<td class=\"")
          .append(severity.code())
          .append(count == 0 ? " zero" : "")
          .append("\">")
          .append(count)
          .append("</td>");
    }
    out.append("</tr>\n");
  }

  /** The heading of one body's report: "Findings for MAINT/Police — Police". */
  static String heading(ActorSplit.Part part, Labels labels) {
    if (part.unassigned()) {
      return labels.get("forNoBody");
    }
    String name = part.name() == null || part.name().isBlank() ? "" : " — " + part.name();
    return labels.format("forBody", part.code() + name);
  }

  /** The body's code, or words for no body. */
  private static String body(ActorSplit.Part part, Labels labels) {
    return part.unassigned() ? labels.get("index.unassigned") : part.code();
  }

  private static String name(ActorSplit.Part part, Labels labels) {
    if (part.unassigned()) {
      return labels.get("index.unassigned.note");
    }
    String name = part.name() == null ? "" : part.name();
    return part.listed() ? name : (name + " (" + labels.get("index.notListed") + ")").strip();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#212121;background:#fafafa}
      header{background:#263238;color:#fff;padding:1.2rem 2rem}
      header h1{margin:0 0 .3rem;font-size:1.4rem}
      .meta{margin:0;opacity:.9}
      main{padding:1rem 2rem}
      table{border-collapse:collapse;background:#fff}
      th,td{border:1px solid #e0e0e0;padding:.3rem .6rem;text-align:left}
      td.error,td.warning,td.info{text-align:right;font-weight:700}
      td.error{color:#c62828}td.warning{color:#ef6c00}td.info{color:#1565c0}
      td.zero{color:#9e9e9e;font-weight:400}
      """;
}
