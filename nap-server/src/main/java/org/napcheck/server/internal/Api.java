package org.napcheck.server.internal;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.napcheck.io.ReadLimits;
import org.napcheck.io.Schemas;
import org.napcheck.model.Plan;
import org.napcheck.report.Catalogs;
import org.napcheck.rules.NapChecker;

/**
 * The routes of napcheck's HTTP API, v1, and of the drafters' page: every request passes the {@code
 * Guard}; the check is the {@code CheckRoute}'s; refusals are answered by {@code Refusals}.
 */
public final class Api {
  private final Checkers checkers;
  private final CheckPool pool;
  private final Metrics metrics;
  private final long maxRequestBytes;
  private final byte[] openApi;
  private final Guard guard;
  private final Uploads uploads;
  private final UploadReader reader;
  private final CheckRoute check;
  private final Refusals refusals;

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
    this.openApi = openApi.clone();
    this.guard = new Guard(token, maxRequestBytes);
    this.uploads = new Uploads(maxRequestBytes);
    this.reader = new UploadReader(ReadLimits.defaults().withMaxFileSize(maxRequestBytes));
    this.check = new CheckRoute(checkers, pool, metrics, uploads, reader);
    this.refusals = new Refusals(metrics, maxRequestBytes);
  }

  /** Registers every route, filter and error answer. */
  public void register(JavalinConfig config) {
    limitRequests(config);
    RoutesConfig routes = config.routes;
    routes.before(guard::check);
    addPageRoutes(routes);
    addApiRoutes(routes);
    refusals.register(config);
  }

  private void limitRequests(JavalinConfig config) {
    config.http.maxRequestSize = maxRequestBytes;
    config.jetty.multipartConfig.maxFileSize(maxRequestBytes, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxTotalRequestSize(maxRequestBytes, SizeUnit.BYTES);
    // Uploads stay in memory, never on disk: the whole request fits under the in-memory limit.
    config.jetty.multipartConfig.maxInMemoryFileSize((int) maxRequestBytes, SizeUnit.BYTES);
  }

  private void addPageRoutes(RoutesConfig routes) {
    routes.get(
        "/",
        ctx -> {
          ctx.header("Content-Security-Policy", Page.POLICY);
          Answers.answer(ctx, 200, "text/html; charset=utf-8", Page.form(LocalDate.now()));
        });
    routes.get("/page.css", ctx -> Answers.answer(ctx, 200, "text/css; charset=utf-8", Page.css()));
    routes.post(
        "/page/checks",
        ctx -> {
          ctx.attribute(Refusals.PAGE_ROUTE, true);
          check.check(ctx, true);
        });
  }

  private void addApiRoutes(RoutesConfig routes) {
    routes.post("/v1/checks", ctx -> check.check(ctx, false));
    routes.post("/v1/validations", this::validate);
    routes.get("/v1/rules", this::rules);
    routes.get("/v1/schemas/plan.json", ctx -> schema(ctx, Schemas.PLAN));
    routes.get("/v1/schemas/monitoring.json", ctx -> schema(ctx, Schemas.MONITORING));
    routes.get("/v1/schemas/report.json", ctx -> schema(ctx, Schemas.REPORT));
    routes.get("/health/live", ctx -> Answers.json(ctx, 200, Map.of("status", "live")));
    routes.get("/health/ready", this::ready);
    routes.get(
        "/metrics",
        ctx ->
            Answers.answer(
                ctx,
                200,
                "text/plain; version=0.0.4; charset=utf-8",
                metrics.scrape().getBytes(StandardCharsets.UTF_8)));
    routes.get("/openapi.json", ctx -> Answers.answer(ctx, 200, "application/json", openApi));
  }

  private void validate(Context ctx) throws Exception {
    CheckParams params = CheckParams.query(ctx);
    Upload upload = uploads.receive(ctx, false);
    Map<String, Object> answer = pool.run(() -> counted(reader.read(upload, params.locale)));
    metrics.validated();
    Answers.json(ctx, 200, answer);
  }

  /** The answer to a valid upload: what its plan and monitoring hold, counted. */
  private static Map<String, Object> counted(UploadReader.Inputs inputs) {
    Plan plan = inputs.plan();
    var body = new LinkedHashMap<String, Object>();
    body.put("valid", true);
    body.put("plan", plan.id());
    body.put("pillars", plan.pillars().size());
    body.put("objectives", plan.objectives().count());
    body.put("actions", plan.actions().count());
    body.put("indicators", plan.indicators().count());
    body.put("actors", plan.actors().size());
    body.put("monitoringReports", inputs.monitoring().size());
    return body;
  }

  private void rules(Context ctx) {
    Locale locale = CheckParams.locale(ctx.queryParam("lang"));
    NapChecker checker = checkers.get(locale == null ? Locale.ENGLISH : locale, Set.of());
    Answers.answer(
        ctx,
        200,
        "application/json",
        new Catalogs()
            .json(checker.catalog(), checker.ruleSetName())
            .getBytes(StandardCharsets.UTF_8));
  }

  private void schema(Context ctx, String resource) throws IOException {
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
      Answers.answer(ctx, 200, "application/schema+json", in.readAllBytes());
    }
  }

  private void ready(Context ctx) {
    if (pool.hasRoom()) {
      Answers.json(ctx, 200, Map.of("status", "ready"));
    } else {
      ctx.header("Retry-After", "2");
      Answers.json(ctx, 503, Map.of("status", "busy"));
    }
  }
}
