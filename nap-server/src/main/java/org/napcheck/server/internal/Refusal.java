package org.napcheck.server.internal;

import java.util.List;
import java.util.Map;
import org.napcheck.io.Problem;

/**
 * A request the server refuses, answered as {@code application/problem+json} (RFC 9457), or as a
 * page on the drafters' routes.
 *
 * @param slug names the problem type, e.g. {@code invalid-plan}
 */
public final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String slug;
  private final String title;
  private final transient List<Problem> problems;
  private final long total;
  private final transient Map<String, String> headers;

  public Refusal(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, List.of(), 0, Map.of());
  }

  public Refusal(
      int status,
      String slug,
      String title,
      String detail,
      List<Problem> problems,
      long total,
      Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.problems = List.copyOf(problems);
    this.total = total;
    this.headers = Map.copyOf(headers);
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public List<Problem> problems() {
    return problems;
  }

  /** How many problems were found, listed or only counted. */
  public long total() {
    return total;
  }

  public Map<String, String> headers() {
    return headers;
  }

  static Refusal badRequest(String detail) {
    return new Refusal(400, "bad-request", "Bad request", detail);
  }

  static Refusal tooLarge(long maxRequestBytes) {
    return new Refusal(
        413,
        "too-large",
        "Request too large",
        "the request is larger than this server's limit of " + maxRequestBytes + " bytes");
  }
}
