package org.napcheck.server.internal;

import io.javalin.http.Context;
import java.util.Map;

/** An answer's status, content type and bytes, set in one step. */
final class Answers {
  private Answers() {}

  static void answer(Context ctx, int status, String contentType, byte[] bytes) {
    ctx.status(status);
    ctx.contentType(contentType);
    ctx.result(bytes);
  }

  /** A JSON object of plain values, for the server's own small answers. */
  static void json(Context ctx, int status, Map<String, ?> values) {
    answer(ctx, status, "application/json", ProblemJson.object(values));
  }
}
