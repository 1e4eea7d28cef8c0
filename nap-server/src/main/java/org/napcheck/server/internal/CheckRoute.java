package org.napcheck.server.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Severity;
import org.napcheck.report.ReportContext;
import org.napcheck.rules.NapChecker;

/**
 * The check: {@code POST /v1/checks}, answered in the media type asked for, and the drafters'
 * page's {@code POST /page/checks}, answered in the format chosen in the form.
 */
final class CheckRoute {
  private final Checkers checkers;
  private final CheckPool pool;
  private final Metrics metrics;
  private final Uploads uploads;
  private final UploadReader reader;

  /** A check's report, and the answer made of it. */
  private record Checked(CheckReport report, byte[] bytes) {}

  CheckRoute(
      Checkers checkers, CheckPool pool, Metrics metrics, Uploads uploads, UploadReader reader) {
    this.checkers = checkers;
    this.pool = pool;
    this.metrics = metrics;
    this.uploads = uploads;
    this.reader = reader;
  }

  /** Checks the plan of a request: of the API, or of the page ({@code page}). */
  void check(Context ctx, boolean page) throws Exception {
    CheckParams params = page ? CheckParams.form(ctx) : CheckParams.query(ctx);
    AnswerFormat format = page ? chosen(params) : negotiated(ctx);
    Upload upload = uploads.receive(ctx, page);
    long start = System.nanoTime();
    Checked checked = pool.run(() -> checkNow(upload, params, format));
    metrics.checked(checked.report, Duration.ofNanos(System.nanoTime() - start));
    describe(ctx, checked.report, params);
    if (format == AnswerFormat.HTML) {
      ctx.header("Content-Security-Policy", dashboardPolicy(checked.bytes));
    }
    if (params.splitByActor) {
      attach(ctx, checked.report, "-by-actor.zip");
      Answers.answer(ctx, 200, "application/zip", checked.bytes);
      return;
    }
    if (page && format != AnswerFormat.HTML || format == AnswerFormat.XLSX) {
      attach(ctx, checked.report, "." + format.extension());
    }
    Answers.answer(ctx, 200, format.contentType(), checked.bytes);
  }

  /** The format the form chose: the dashboard unless another was. */
  private static AnswerFormat chosen(CheckParams params) {
    return AnswerFormat.fromCliName(params.format == null ? "html" : params.format)
        .orElseThrow(() -> Refusal.badRequest("format: unknown format " + params.format));
  }

  /** The format the {@code Accept} header asks for; 406 when napcheck answers none of it. */
  private static AnswerFormat negotiated(Context ctx) {
    return AnswerFormat.negotiate(ctx.header("Accept"))
        .orElseThrow(
            () ->
                new Refusal(
                    406,
                    "not-acceptable",
                    "Not acceptable",
                    "napcheck answers application/json, application/sarif+json, text/html,"
                        + " text/csv, text/markdown, text/plain and "
                        + MediaTypes.XLSX));
  }

  private Checked checkNow(Upload upload, CheckParams params, AnswerFormat format)
      throws IOException {
    UploadReader.Inputs inputs = reader.read(upload, params.locale);
    NapChecker checker = checkers.get(inputs.locale(), params.disabled);
    LocalDate day = params.asOf != null ? params.asOf : LocalDate.now();
    CheckReport report = checker.check(inputs.plan(), inputs.monitoring(), day, List.of());
    var context = new ReportContext(report, inputs.plan(), checker.catalog(), inputs.locale());
    if (params.splitByActor) {
      // The files napcheck check --split-by actor writes into a folder, in a zip.
      return new Checked(report, Zip.of(format.splitFiles(context)));
    }
    return new Checked(report, format.bytes(context));
  }

  /** The day, the count of findings by severity, and whether they reach the threshold. */
  private static void describe(Context ctx, CheckReport report, CheckParams params) {
    var summary = report.summary();
    ctx.header("Napcheck-As-Of", report.asOf().toString());
    ctx.header(
        "Napcheck-Summary",
        "error="
            + summary.getOrDefault(Severity.ERROR, 0)
            + ", warning="
            + summary.getOrDefault(Severity.WARNING, 0)
            + ", info="
            + summary.getOrDefault(Severity.INFO, 0));
    ctx.header(
        "Napcheck-Outcome",
        params.threshold != null && report.hasFindingsAtOrAbove(params.threshold)
            ? "findings"
            : "clean");
  }

  /** An answer to download, named from the plan's id and the day, then {@code suffix}. */
  private static void attach(Context ctx, CheckReport report, String suffix) {
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + report.plan().replaceAll("[^A-Za-z0-9._-]", "_")
            + "-"
            + report.asOf()
            + suffix
            + "\"");
  }

  /**
   * The dashboard's own policy, tightened: its one script by its hash rather than any inline
   * script; its styles inline (its bars are sized by style attributes).
   */
  static String dashboardPolicy(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    int open = text.lastIndexOf("<script>");
    int close = text.lastIndexOf("</script>");
    String script =
        open >= 0 && close > open ? text.substring(open + "<script>".length(), close) : "";
    String hash =
        Base64.getEncoder().encodeToString(Guard.sha256(script.getBytes(StandardCharsets.UTF_8)));
    return "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
        + hash
        + "'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }
}
