package org.napcheck.examples.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.NapReader;
import org.napcheck.io.NapWriter;
import org.napcheck.io.Problem;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Plan;
import org.napcheck.rules.NapChecker;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /checks?asOf=2030-01-01}: a plan in the body (YAML or JSON, by {@code Content-Type}),
 * its JSON report in the answer, the same bytes as {@code napcheck check PLAN --format json --as-of
 * 2030-01-01}. A plan that cannot be read gets 422 and every problem, as {@code
 * application/problem+json}.
 */
@RestController
class ChecksController {
  static final String YAML = "application/yaml";

  private final NapChecker checker;
  private final NapReader reader;

  ChecksController(NapChecker checker, NapReader reader) {
    this.checker = checker;
    this.reader = reader;
  }

  @PostMapping(
      path = "/checks",
      consumes = {YAML, "application/x-yaml", "text/yaml", MediaType.APPLICATION_JSON_VALUE},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> check(
      InputStream body,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf)
      throws IOException {
    // The reader takes the raw bytes: it decodes UTF-8 itself and stops at its size limit.
    String name = MediaType.APPLICATION_JSON.includes(type) ? "plan.json" : "plan.yaml";
    Plan plan = reader.readPlan(body, name);
    CheckReport report = checker.check(plan, List.of(), asOf);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(new NapWriter().reportToJson(report).getBytes(StandardCharsets.UTF_8));
  }

  @ExceptionHandler(NapFormatException.class)
  ProblemDetail unreadable(NapFormatException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_ENTITY,
            e.total() + (e.total() == 1 ? " problem" : " problems") + " in the plan");
    problem.setTitle("The plan cannot be checked");
    problem.setProperty("problems", e.problems().stream().map(ChecksController::entry).toList());
    return problem;
  }

  private static ProblemEntry entry(Problem problem) {
    return new ProblemEntry(
        problem.line(), problem.column(), problem.path(), problem.message(), problem.toString());
  }

  /** One problem, as the command prints it ({@code text}) and in its parts. */
  record ProblemEntry(int line, int column, String path, String message, String text) {}
}
