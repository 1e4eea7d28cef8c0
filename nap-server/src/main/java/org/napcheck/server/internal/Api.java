package org.napcheck.server.internal;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.NapReader;
import org.napcheck.io.Problem;
import org.napcheck.io.ReadLimits;
import org.napcheck.io.Schemas;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Severity;
import org.napcheck.report.Catalogs;
import org.napcheck.report.ReportContext;
import org.napcheck.rules.NapChecker;
import org.napcheck.xlsx.XlsxPlans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The routes of napcheck's HTTP API, v1, and of the drafters' page. */
public final class Api {
  private static final Logger LOG = LoggerFactory.getLogger(Api.class);

  /** The years a plan may span, and hence those a check may be made as of, as in the command. */
  private static final int FIRST_YEAR = 1900;

  private static final int LAST_YEAR = 2200;

  private static final String PAGE_ROUTE = "page";

  /** Every answer: nothing from anywhere, in no frame, sniffed as nothing, cached nowhere. */
  static final String API_POLICY =
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Checkers checkers;
  private final CheckPool pool;
  private final Metrics metrics;
  private final long maxRequestBytes;
  private final ReadLimits limits;
  private final byte[] tokenDigest;
  private final byte[] openApi;

  public Api(
      Checkers checkers,
      CheckPool pool,
      Metrics metrics,
      long maxRequestBytes,
      String token,
      byte[] openApi) {
    this.checkers = checkers;
    this.pool = pool;
    this.metrics = metrics;
    this.maxRequestBytes = maxRequestBytes;
    this.limits = ReadLimits.defaults().withMaxFileSize(maxRequestBytes);
    this.tokenDigest = token == null ? null : sha256(token.getBytes(StandardCharsets.UTF_8));
    this.openApi = openApi.clone();
  }

  /** Registers every route, filter and error answer. */
  public void register(JavalinConfig config) {
    config.http.maxRequestSize = maxRequestBytes;
    config.jetty.multipartConfig.maxFileSize(maxRequestBytes, io.javalin.config.SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(
        maxRequestBytes, io.javalin.config.SizeUnit.BYTES);
    // Uploads stay in memory, never on disk: the whole request fits under the in-memory limit.
    config.jetty.multipartConfig.maxInMemoryFileSize(
        (int) maxRequestBytes, io.javalin.config.SizeUnit.BYTES);

    var routes = config.routes;
    routes.before(this::guard);
    routes.get(
        "/",
        ctx -> {
          ctx.header("Content-Security-Policy", Page.POLICY);
          answer(ctx, 200, "text/html; charset=utf-8", Page.form(LocalDate.now()));
        });
    routes.get("/page.css", ctx -> answer(ctx, 200, "text/css; charset=utf-8", Page.css()));
    routes.post(
        "/page/checks",
        ctx -> {
          ctx.attribute(PAGE_ROUTE, true);
          check(ctx, true);
        });
    routes.post("/v1/checks", ctx -> check(ctx, false));
    routes.post("/v1/validations", this::validate);
    routes.get("/v1/rules", this::rules);
    routes.get("/v1/schemas/plan.json", ctx -> schema(ctx, Schemas.PLAN));
    routes.get("/v1/schemas/monitoring.json", ctx -> schema(ctx, Schemas.MONITORING));
    routes.get("/v1/schemas/report.json", ctx -> schema(ctx, Schemas.REPORT));
    routes.get("/health/live", ctx -> json(ctx, 200, Map.of("status", "live")));
    routes.get("/health/ready", this::ready);
    routes.get(
        "/metrics",
        ctx ->
            answer(
                ctx,
                200,
                "text/plain; version=0.0.4; charset=utf-8",
                metrics.scrape().getBytes(StandardCharsets.UTF_8)));
    routes.get("/openapi.json", ctx -> answer(ctx, 200, "application/json", openApi));

    routes.exception(Refusal.class, (refusal, ctx) -> refuse(ctx, refusal));
    routes.exception(
        Exception.class,
        (failure, ctx) -> {
          LOG.error("napcheck failed on {} {}", ctx.method(), ctx.path(), failure);
          refuse(
              ctx,
              new Refusal(
                  500,
                  "internal",
                  "napcheck failed",
                  "napcheck itself failed on this request; the server's log says more"));
        });
    routes.error(
        404,
        "*",
        ctx ->
            refuse(
                ctx,
                new Refusal(404, "not-found", "Not found", "no route " + ctx.path() + " here")));
    routes.error(
        405,
        "*",
        ctx ->
            refuse(
                ctx,
                new Refusal(
                    405, "method", "Method not allowed", ctx.method() + " is not allowed here")));
    config.router.javaLangErrorHandler(
        (response, error) -> {
          LOG.error("napcheck failed", error);
          try {
            var refusal =
                new Refusal(
                    500,
                    "internal",
                    "napcheck failed",
                    error instanceof OutOfMemoryError
                        ? "the server ran out of memory on this request"
                        : "napcheck itself failed on this request; the server's log says more");
            response.setStatus(500);
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.getOutputStream().write(ProblemJson.bytes(refusal, ""));
          } catch (IOException | RuntimeException ignored) {
            // the connection is gone: nothing more to say
          }
        });
  }

  /** Security headers on every answer; the token; a body over the limit refused before reading. */
  private void guard(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Content-Security-Policy", API_POLICY);
    if (tokenDigest != null && !ctx.path().startsWith("/health/")) {
      String given = ctx.header("Authorization");
      byte[] presented =
          given != null && given.regionMatches(true, 0, "Bearer ", 0, 7)
              ? given.substring(7).strip().getBytes(StandardCharsets.UTF_8)
              : new byte[0];
      // Digests of equal length, compared in constant time: neither the token nor its length leaks.
      if (!MessageDigest.isEqual(tokenDigest, sha256(presented))) {
        throw new Refusal(
            401,
            "unauthorized",
            "Unauthorized",
            given == null
                ? "this server asks for a bearer token: Authorization: Bearer <token>"
                : "the bearer token is not this server's",
            List.of(),
            0,
            Map.of(
                "WWW-Authenticate",
                given == null
                    ? "Bearer realm=\"napcheck\""
                    : "Bearer realm=\"napcheck\", error=\"invalid_token\""));
      }
    }
    String length = ctx.header("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw Refusal.badRequest("Content-Length is not a number: " + length);
      }
      if (declared > maxRequestBytes) {
        throw tooLarge();
      }
    }
  }

  private Refusal tooLarge() {
    return new Refusal(
        413,
        "too-large",
        "Request too large",
        "the request is larger than this server's limit of " + maxRequestBytes + " bytes");
  }

  private void check(Context ctx, boolean page) throws Exception {
    Params params = page ? Params.form(ctx) : Params.query(ctx);
    AnswerFormat format;
    if (page) {
      format =
          AnswerFormat.fromCliName(params.format == null ? "html" : params.format)
              .orElseThrow(() -> Refusal.badRequest("format: unknown format " + params.format));
    } else {
      format =
          AnswerFormat.negotiate(ctx.header("Accept"))
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
    Upload upload = upload(ctx, page);
    long start = System.nanoTime();
    Checked checked = pool.run(() -> checkNow(upload, params, format));
    metrics.checked(checked.report, Duration.ofNanos(System.nanoTime() - start));
    var summary = checked.report.summary();
    ctx.header("Napcheck-As-Of", checked.report.asOf().toString());
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
        params.threshold != null && checked.report.hasFindingsAtOrAbove(params.threshold)
            ? "findings"
            : "clean");
    if (format == AnswerFormat.HTML) {
      ctx.header("Content-Security-Policy", dashboardPolicy(checked.bytes));
    }
    if (params.splitByActor) {
      ctx.header(
          "Content-Disposition",
          "attachment; filename=\""
              + checked.report.plan().replaceAll("[^A-Za-z0-9._-]", "_")
              + "-"
              + checked.report.asOf()
              + "-by-actor.zip\"");
      answer(ctx, 200, "application/zip", checked.bytes);
      return;
    }
    if (page && format != AnswerFormat.HTML || format == AnswerFormat.XLSX) {
      ctx.header(
          "Content-Disposition",
          "attachment; filename=\""
              + checked.report.plan().replaceAll("[^A-Za-z0-9._-]", "_")
              + "-"
              + checked.report.asOf()
              + "."
              + format.extension()
              + "\"");
    }
    answer(ctx, 200, format.contentType(), checked.bytes);
  }

  private record Checked(CheckReport report, byte[] bytes) {}

  private Checked checkNow(Upload upload, Params params, AnswerFormat format) throws IOException {
    Locale asked = params.locale;
    Plan plan = readPlan(upload.plan(), asked == null ? Locale.ENGLISH : asked);
    // As the command: the language asked for, else the plan's own if napcheck speaks it.
    Locale locale =
        asked != null ? asked : "fr".equals(plan.language()) ? Locale.FRENCH : Locale.ENGLISH;
    List<MonitoringReport> reports = readMonitoring(upload.monitoring(), locale);
    NapChecker checker = checkers.get(locale, params.disabled);
    LocalDate day = params.asOf != null ? params.asOf : LocalDate.now();
    CheckReport report = checker.check(plan, reports, day, List.of());
    var context = new ReportContext(report, plan, checker.catalog(), locale);
    if (params.splitByActor) {
      // The files napcheck check --split-by actor writes into a folder, in a zip.
      return new Checked(report, Zip.of(format.splitFiles(context)));
    }
    return new Checked(report, format.bytes(context));
  }

  private void validate(Context ctx) throws Exception {
    Params params = Params.query(ctx);
    Upload upload = upload(ctx, false);
    Map<String, Object> answer =
        pool.run(
            () -> {
              Plan plan =
                  readPlan(upload.plan(), params.locale == null ? Locale.ENGLISH : params.locale);
              Locale locale =
                  params.locale != null
                      ? params.locale
                      : "fr".equals(plan.language()) ? Locale.FRENCH : Locale.ENGLISH;
              List<MonitoringReport> reports = readMonitoring(upload.monitoring(), locale);
              var body = new LinkedHashMap<String, Object>();
              body.put("valid", true);
              body.put("plan", plan.id());
              body.put("pillars", plan.pillars().size());
              body.put("objectives", plan.objectives().count());
              body.put("actions", plan.actions().count());
              body.put("indicators", plan.indicators().count());
              body.put("actors", plan.actors().size());
              body.put("monitoringReports", reports.size());
              return body;
            });
    metrics.validated();
    json(ctx, 200, answer);
  }

  private void rules(Context ctx) {
    Locale locale = Params.locale(ctx.queryParam("lang"));
    NapChecker checker = checkers.get(locale == null ? Locale.ENGLISH : locale, Set.of());
    answer(
        ctx,
        200,
        "application/json",
        new Catalogs()
            .json(checker.catalog(), checker.ruleSetName())
            .getBytes(StandardCharsets.UTF_8));
  }

  private void schema(Context ctx, String resource) throws IOException {
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
      answer(ctx, 200, "application/schema+json", in.readAllBytes());
    }
  }

  private void ready(Context ctx) {
    if (pool.hasRoom()) {
      json(ctx, 200, Map.of("status", "ready"));
    } else {
      ctx.header("Retry-After", "2");
      json(ctx, 503, Map.of("status", "busy"));
    }
  }

  private Plan readPlan(Upload.Part part, Locale locale) throws IOException {
    try {
      InputStream in = new ByteArrayInputStream(part.bytes());
      return part.isWorkbook()
          ? new XlsxPlans(limits).withLocale(locale).read(in, part.name())
          : new NapReader(limits).withLocale(locale).readPlan(in, part.name());
    } catch (NapFormatException e) {
      throw refusal(List.of(e));
    }
  }

  private List<MonitoringReport> readMonitoring(List<Upload.Part> parts, Locale locale)
      throws IOException {
    NapReader reader = new NapReader(limits).withLocale(locale);
    var reports = new ArrayList<MonitoringReport>();
    var failures = new ArrayList<NapFormatException>();
    for (Upload.Part part : parts) {
      try {
        reports.addAll(reader.readMonitoring(new ByteArrayInputStream(part.bytes()), part.name()));
      } catch (NapFormatException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      throw refusal(failures);
    }
    return reports;
  }

  /** 422 for files that were well formed but say what the format does not allow, else 400. */
  private static Refusal refusal(List<NapFormatException> failures) {
    var problems = new ArrayList<Problem>();
    long total = 0;
    boolean wellFormed = true;
    for (NapFormatException failure : failures) {
      problems.addAll(failure.problems());
      total += failure.total();
      wellFormed &= failure.wellFormed();
    }
    String detail = total == 1 ? "1 problem" : total + " problems";
    return wellFormed
        ? new Refusal(
            422,
            "invalid-plan",
            "The files do not fit the format",
            detail,
            problems,
            total,
            Map.of())
        : new Refusal(
            400, "malformed", "The files cannot be read", detail, problems, total, Map.of());
  }

  /** The plan and monitoring files of a request, read into memory up to the size limit. */
  private Upload upload(Context ctx, boolean page) throws IOException {
    String type = MediaTypes.essence(ctx.contentType());
    if (type.equals(MediaTypes.MULTIPART)) {
      return multipart(ctx);
    }
    if (page) {
      throw unsupported(type);
    }
    String name =
        switch (type) {
          case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml" -> "plan.yaml";
          case "application/json" -> "plan.json";
          case MediaTypes.XLSX -> "plan.xlsx";
          default -> throw unsupported(type);
        };
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
      // One byte more than allowed tells a body at the limit from one beyond it, unread.
      body = in.readNBytes((int) maxRequestBytes + 1);
    }
    if (body.length > maxRequestBytes) {
      throw tooLarge();
    }
    return new Upload(new Upload.Part(name, body), List.of());
  }

  private Upload multipart(Context ctx) throws IOException {
    List<UploadedFile> plans;
    List<UploadedFile> monitoring;
    try {
      plans = ctx.uploadedFiles("plan");
      monitoring = ctx.uploadedFiles("monitoring");
    } catch (Exception e) { // Jetty's ServletException, through Kotlin
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("max length exceeded") || message.contains("exceeds max")) {
          throw tooLarge();
        }
      }
      throw Refusal.badRequest("the multipart/form-data body cannot be read");
    }
    if (plans.size() != 1) {
      throw Refusal.badRequest(
          "multipart/form-data needs exactly one file part named plan; found " + plans.size());
    }
    var parts = new ArrayList<Upload.Part>();
    for (UploadedFile file : monitoring) {
      if (file.filename() == null || file.filename().isEmpty() && file.size() == 0) {
        continue; // a file input left empty in a form
      }
      parts.add(part(file, "monitoring.yaml"));
    }
    return new Upload(part(plans.get(0), "plan.yaml"), parts);
  }

  private static Upload.Part part(UploadedFile file, String fallback) {
    String name = Upload.safeName(file.filename(), fallback);
    String type = MediaTypes.essence(file.contentType());
    if (!name.contains(".")) {
      name +=
          switch (type) {
            case "application/json" -> ".json";
            case "text/csv" -> ".csv";
            case MediaTypes.XLSX -> ".xlsx";
            default -> ".yaml";
          };
    }
    try (InputStream in = file.content()) {
      return new Upload.Part(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Refusal unsupported(String type) {
    return new Refusal(
        415,
        "unsupported-type",
        "Unsupported media type",
        (type.isEmpty() ? "no Content-Type" : "Content-Type " + type)
            + ": send a plan as application/yaml, application/json or "
            + MediaTypes.XLSX
            + ", or multipart/form-data with a part named plan");
  }

  private void refuse(Context ctx, Refusal refusal) {
    metrics.refused(refusal.status(), refusal.slug());
    discardBody(ctx);
    refusal.headers().forEach(ctx::header);
    if (Boolean.TRUE.equals(ctx.attribute(PAGE_ROUTE))) {
      ctx.header("Content-Security-Policy", Page.POLICY);
      answer(ctx, refusal.status(), "text/html; charset=utf-8", Page.refusal(refusal));
    } else {
      answer(ctx, refusal.status(), ProblemJson.MEDIA_TYPE, ProblemJson.bytes(refusal, ctx.path()));
    }
  }

  /**
   * Reads and drops what is left of a refused request's body, up to four times the size limit: a
   * client still sending it then reads the answer, where Jetty would otherwise close the connection
   * under it (and the client see no answer at all, or a reset). Nothing is kept, so a body over the
   * limit costs bandwidth, not memory. A client that asked {@code Expect: 100-continue} has sent
   * nothing yet and is answered at once (reading would ask it to send).
   */
  private void discardBody(Context ctx) {
    String expect = ctx.header("Expect");
    if (expect != null && expect.strip().equalsIgnoreCase("100-continue")) {
      return;
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] buffer = new byte[8192];
      long left = 4 * maxRequestBytes;
      for (int read = 0; left > 0 && read >= 0; left -= Math.max(read, 0)) {
        read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      }
    } catch (IOException | RuntimeException e) {
      // already read (a multipart body), or the client is gone: nothing to drop
    }
  }

  private static void json(Context ctx, int status, Map<String, ?> values) {
    answer(ctx, status, "application/json", ProblemJson.object(values));
  }

  private static void answer(Context ctx, int status, String contentType, byte[] bytes) {
    ctx.status(status);
    ctx.contentType(contentType);
    ctx.result(bytes);
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
        Base64.getEncoder().encodeToString(sha256(script.getBytes(StandardCharsets.UTF_8)));
    return "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-"
        + hash
        + "'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parameters of a check: from the query of the API, from the form of the page. */
  private static final class Params {
    LocalDate asOf;
    Locale locale;
    Set<String> disabled = new LinkedHashSet<>();
    Severity threshold = Severity.ERROR;
    String format;
    boolean splitByActor;

    static Params query(Context ctx) {
      for (String name : ctx.queryParamMap().keySet()) {
        if (!List.of("asOf", "lang", "disable", "failOn", "splitBy").contains(name)) {
          throw Refusal.badRequest(
              "unknown parameter "
                  + name
                  + "; a check takes asOf, lang, disable (repeatable), failOn and splitBy");
        }
      }
      return of(
          ctx.queryParam("asOf"),
          ctx.queryParam("lang"),
          ctx.queryParams("disable"),
          ctx.queryParam("failOn"),
          ctx.queryParam("splitBy"));
    }

    static Params form(Context ctx) {
      Params params =
          of(
              blankToNull(ctx.formParam("asOf")),
              blankToNull(ctx.formParam("lang")),
              List.of(),
              null,
              null);
      params.format = blankToNull(ctx.formParam("format"));
      return params;
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text.strip();
    }

    static Params of(
        String asOf, String lang, List<String> disable, String failOn, String splitBy) {
      var params = new Params();
      if (splitBy != null) {
        if (!splitBy.equalsIgnoreCase("actor")) {
          throw Refusal.badRequest(
              "splitBy: takes actor (one report per responsible body, in a zip), not " + splitBy);
        }
        params.splitByActor = true;
      }
      if (asOf != null) {
        try {
          params.asOf = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
          throw Refusal.badRequest("asOf: expected a day, YYYY-MM-DD; found " + asOf);
        }
        if (params.asOf.getYear() < FIRST_YEAR || params.asOf.getYear() > LAST_YEAR) {
          throw Refusal.badRequest(
              "asOf: expected a day from 1900-01-01 to 2200-12-31; found " + asOf);
        }
      }
      params.locale = locale(lang);
      for (String ids : disable) {
        for (String id : ids.split(",")) {
          if (!id.isBlank()) {
            params.disabled.add(id.strip());
          }
        }
      }
      if (failOn != null) {
        params.threshold =
            switch (failOn.toLowerCase(Locale.ROOT)) {
              case "error" -> Severity.ERROR;
              case "warning" -> Severity.WARNING;
              case "info" -> Severity.INFO;
              case "never" -> null;
              default ->
                  throw Refusal.badRequest(
                      "failOn: expected error, warning, info or never; found " + failOn);
            };
      }
      return params;
    }

    /** {@code en}, {@code fr}, or {@code null} when not given. */
    static Locale locale(String lang) {
      if (lang == null) {
        return null;
      }
      return switch (lang.toLowerCase(Locale.ROOT)) {
        case "en" -> Locale.ENGLISH;
        case "fr" -> Locale.FRENCH;
        default -> throw Refusal.badRequest("lang: expected en or fr; found " + lang);
      };
    }
  }
}
