package org.napcheck.server.internal;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The problem answers: every refusal, missing route and failure answered as {@code
 * application/problem+json}, or as a page on the drafters' routes.
 */
final class Refusals {
  /** The API's one logger, whichever class answers. */
  private static final Logger LOG = LoggerFactory.getLogger(Api.class);

  /** The attribute that marks a request of the drafters' page: refused with a page. */
  static final String PAGE_ROUTE = "page";

  private static final String FAILED =
      "napcheck itself failed on this request; the server's log says more";

  private final Metrics metrics;
  private final long maxRequestBytes;

  Refusals(Metrics metrics, long maxRequestBytes) {
    this.metrics = metrics;
    this.maxRequestBytes = maxRequestBytes;
  }

  /** Answers refusals, failures, unknown routes and methods, and errors of the JVM itself. */
  void register(JavalinConfig config) {
    var routes = config.routes;
    routes.exception(Refusal.class, (refusal, ctx) -> refuse(ctx, refusal));
    routes.exception(
        Exception.class,
        (failure, ctx) -> {
          LOG.error("napcheck failed on {} {}", ctx.method(), ctx.path(), failure);
          refuse(ctx, failed(FAILED));
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
                failed(
                    error instanceof OutOfMemoryError
                        ? "the server ran out of memory on this request"
                        : FAILED);
            response.setStatus(500);
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.getOutputStream().write(ProblemJson.bytes(refusal, ""));
          } catch (IOException | RuntimeException ignored) {
            // the connection is gone: nothing more to say
          }
        });
  }

  private static Refusal failed(String detail) {
    return new Refusal(500, "internal", "napcheck failed", detail);
  }

  private void refuse(Context ctx, Refusal refusal) {
    metrics.refused(refusal.status(), refusal.slug());
    discardBody(ctx);
    refusal.headers().forEach(ctx::header);
    if (Boolean.TRUE.equals(ctx.attribute(PAGE_ROUTE))) {
      ctx.header("Content-Security-Policy", Page.POLICY);
      Answers.answer(ctx, refusal.status(), "text/html; charset=utf-8", Page.refusal(refusal));
    } else {
      Answers.answer(
          ctx, refusal.status(), ProblemJson.MEDIA_TYPE, ProblemJson.bytes(refusal, ctx.path()));
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
}
