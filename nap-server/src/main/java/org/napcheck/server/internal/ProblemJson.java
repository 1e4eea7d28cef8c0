package org.napcheck.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.napcheck.io.Problem;

/**
 * Refusals as RFC 9457 problem details, with every problem of the input as the command lists it.
 */
public final class ProblemJson {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Where each problem type is explained: a section of docs/server.md. */
  public static final String TYPE_BASE =
      "https://github.com/napcheck/napcheck/blob/main/docs/server.md#problem-";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemJson() {}

  public static byte[] bytes(Refusal refusal, String instance) {
    var body = new LinkedHashMap<String, Object>();
    body.put("type", TYPE_BASE + refusal.slug());
    body.put("title", refusal.title());
    body.put("status", refusal.status());
    body.put("detail", refusal.detail());
    body.put("instance", instance);
    if (!refusal.problems().isEmpty()) {
      body.put("total", refusal.total());
      var problems = new ArrayList<Map<String, Object>>();
      for (Problem problem : refusal.problems()) {
        var one = new LinkedHashMap<String, Object>();
        one.put("file", problem.file());
        one.put("line", problem.line());
        one.put("column", problem.column());
        one.put("path", problem.path());
        one.put("message", problem.message());
        one.put("text", problem.toString());
        problems.add(one);
      }
      body.put("problems", problems);
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON object of plain values, for the server's own small answers. */
  public static byte[] object(Map<String, ?> values) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
