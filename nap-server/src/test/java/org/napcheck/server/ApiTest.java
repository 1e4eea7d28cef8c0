package org.napcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.report.ReportContext;
import org.napcheck.report.ReportFormat;
import org.napcheck.rules.NapChecker;
import org.napcheck.xlsx.XlsxPlans;

/** Every route and status of the API, through real HTTP on an ephemeral port. */
class ApiTest {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final ObjectMapper JSON = new ObjectMapper();

  static NapServer server;
  static Client client;
  static byte[] plan;

  @BeforeAll
  static void start() throws IOException {
    server = NapServer.start(ServerSettings.defaults().withPort(0).withMaxRequestBytes(2_000_000));
    client = new Client(server);
    plan = Files.readAllBytes(Client.LUXEMBOURG.resolve("plan.yaml"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The report napcheck's writers make of Luxembourg, as the command does. */
  static byte[] expected(ReportFormat format, boolean monitoring, LocalDate asOf)
      throws IOException {
    var reader = new NapReader();
    Plan read = reader.readPlan(Client.LUXEMBOURG.resolve("plan.yaml"));
    List<MonitoringReport> reports =
        monitoring ? reader.readMonitoring(Client.LUXEMBOURG.resolve("monitoring")) : List.of();
    NapChecker checker = NapChecker.builder().locale(Locale.ENGLISH).build();
    CheckReport report = checker.check(read, reports, asOf, List.of());
    return format
        .render(new ReportContext(report, read, checker.catalog(), Locale.ENGLISH))
        .getBytes(StandardCharsets.UTF_8);
  }

  static Client.Multipart luxembourgWithMonitoring() throws IOException {
    var body = new Client.Multipart().file("plan", Client.LUXEMBOURG.resolve("plan.yaml"));
    for (Path file : Client.luxembourgMonitoring()) {
      body.file("monitoring", file);
    }
    return body;
  }

  static JsonNode json(HttpResponse<byte[]> response) throws IOException {
    return JSON.readTree(response.body());
  }

  static void assertProblem(HttpResponse<byte[]> response, int status) throws IOException {
    assertThat(response.statusCode())
        .as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).startsWith("https://");
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("Exception", "\tat ", "at org.", "at java.");
  }

  @Test
  void should_answer_the_json_report_byte_for_byte_as_the_writers_do() throws Exception {
    HttpResponse<byte[]> response =
        client.post("/v1/checks?asOf=2027-04-01", "application/yaml", plan, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("Napcheck-As-Of")).hasValue("2027-04-01");
    assertThat(response.body())
        .isEqualTo(expected(ReportFormat.JSON, false, LocalDate.of(2027, 4, 1)));
  }

  @Test
  void should_check_with_monitoring_files_sent_as_multipart() throws Exception {
    var body = luxembourgWithMonitoring();

    HttpResponse<byte[]> response =
        client.post(
            "/v1/checks?asOf=2027-04-01",
            body.contentType(),
            body.bytes(),
            "application/sarif+json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/sarif+json");
    assertThat(response.headers().firstValue("Napcheck-Summary"))
        .hasValue("error=5, warning=70, info=72");
    assertThat(response.headers().firstValue("Napcheck-Outcome")).hasValue("findings");
    assertThat(response.body())
        .isEqualTo(expected(ReportFormat.SARIF, true, LocalDate.of(2027, 4, 1)));
  }

  @Test
  void should_default_the_as_of_date_to_today_and_echo_it() throws Exception {
    HttpResponse<byte[]> response = client.post("/v1/checks", "application/yaml", plan, null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("asOf").asText()).isEqualTo(LocalDate.now().toString());
    assertThat(response.headers().firstValue("Napcheck-As-Of"))
        .hasValue(LocalDate.now().toString());
  }

  @Test
  void should_answer_each_format_by_accept() throws Exception {
    for (String[] pair :
        new String[][] {
          {"text/html", "text/html; charset=utf-8"},
          {"text/csv", "text/csv; charset=utf-8"},
          {"text/markdown", "text/markdown; charset=utf-8"},
          {"text/plain", "text/plain; charset=utf-8"},
          {XLSX, XLSX},
          {"application/json;q=0.5, application/sarif+json", "application/sarif+json"},
          {"*/*", "application/json"},
        }) {
      HttpResponse<byte[]> response =
          client.post("/v1/checks?asOf=2030-01-01", "application/yaml", plan, pair[0]);

      assertThat(response.statusCode()).as(pair[0]).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
          .as(pair[0])
          .isEqualTo(pair[1].replace(" ", ""));
    }
    HttpResponse<byte[]> html =
        client.post("/v1/checks?asOf=2030-01-01", "application/yaml", plan, "text/html");
    assertThat(html.body()).isEqualTo(expected(ReportFormat.HTML, false, LocalDate.of(2030, 1, 1)));
    assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'sha256-")
        .doesNotContain("script-src 'unsafe-inline'");
  }

  @Test
  void should_refuse_a_format_it_cannot_write_with_406() throws Exception {
    assertProblem(client.post("/v1/checks", "application/yaml", plan, "image/png"), 406);
  }

  @Test
  void should_read_a_plan_as_json_and_as_a_workbook() throws Exception {
    Plan read = new NapReader().readPlan(Client.LUXEMBOURG.resolve("plan.yaml"));
    byte[] workbook = new XlsxPlans().template(read);
    byte[] asJson =
        JSON.writeValueAsBytes(
            new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(plan));

    HttpResponse<byte[]> fromWorkbook =
        client.post("/v1/checks?asOf=2027-04-01", XLSX, workbook, null);
    HttpResponse<byte[]> fromJson =
        client.post("/v1/checks?asOf=2027-04-01", "application/json", asJson, null);

    byte[] expected = expected(ReportFormat.JSON, false, LocalDate.of(2027, 4, 1));
    assertThat(fromWorkbook.statusCode()).isEqualTo(200);
    assertThat(fromWorkbook.body()).isEqualTo(expected);
    assertThat(fromJson.statusCode()).isEqualTo(200);
    assertThat(fromJson.body()).isEqualTo(expected);
  }

  @Test
  void should_answer_a_report_in_french_with_lang_fr() throws Exception {
    HttpResponse<byte[]> response =
        client.post("/v1/checks?asOf=2027-04-01&lang=fr", "application/yaml", plan, "text/plain");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("constat");
  }

  @Test
  void should_switch_rules_off_with_disable() throws Exception {
    HttpResponse<byte[]> response =
        client.post(
            "/v1/checks?asOf=2027-04-01&disable=NAP-P005&disable=NAP-G001,NAP-I003",
            "application/yaml",
            plan,
            null);

    assertThat(response.statusCode()).isEqualTo(200);
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\"rule\" : \"NAP-P005\"").contains("NAP-P006");
    assertThat(json(response).get("findings").findValuesAsText("rule"))
        .doesNotContain("NAP-P005", "NAP-G001", "NAP-I003")
        .contains("NAP-P006");
  }

  @Test
  void should_say_clean_when_nothing_is_at_or_above_fail_on() throws Exception {
    HttpResponse<byte[]> never =
        client.post("/v1/checks?asOf=2027-04-01&failOn=never", "application/yaml", plan, null);

    assertThat(never.headers().firstValue("Napcheck-Outcome")).hasValue("clean");
  }

  @Test
  void should_refuse_bad_parameters_with_400() throws Exception {
    for (String query :
        List.of(
            "asOf=2027-02-30",
            "asOf=tomorrow",
            "asOf=%2B999999999-01-01",
            "lang=de",
            "failOn=sometimes",
            "disable=NAP-X999",
            "splitBy=pillar",
            "unknown=1")) {
      HttpResponse<byte[]> response =
          client.post("/v1/checks?" + query, "application/yaml", plan, null);

      assertProblem(response, 400);
    }
  }

  @Test
  void should_refuse_a_file_it_cannot_read_with_400_and_every_problem() throws Exception {
    HttpResponse<byte[]> response =
        client.post(
            "/v1/checks",
            "application/yaml",
            Files.readAllBytes(Client.HOSTILE.resolve("truncated.yaml")),
            null);

    assertProblem(response, 400);
    JsonNode problem = json(response).get("problems").get(0);
    assertThat(problem.get("file").asText()).isEqualTo("plan.yaml");
    assertThat(problem.get("line").asInt()).isEqualTo(5);
    assertThat(problem.get("column").asInt()).isEqualTo(6);
    assertThat(problem.get("text").asText()).startsWith("plan.yaml:5:6: ");
  }

  @Test
  void should_refuse_a_well_formed_but_invalid_plan_with_422_and_every_problem() throws Exception {
    HttpResponse<byte[]> response =
        client.post(
            "/v1/checks",
            "application/yaml",
            Files.readAllBytes(Client.HOSTILE.resolve("wrong-types.yaml")),
            null);

    assertProblem(response, 422);
    JsonNode body = json(response);
    assertThat(body.get("total").asInt()).isGreaterThan(1).isEqualTo(body.get("problems").size());
    for (JsonNode problem : body.get("problems")) {
      assertThat(problem.get("line").asInt()).isPositive();
      assertThat(problem.get("path").asText()).startsWith("plan");
    }
  }

  @Test
  void should_name_the_uploaded_file_in_problems_and_refuse_bad_monitoring_data() throws Exception {
    var body =
        new Client.Multipart()
            .file("plan", Client.HOSTILE.resolve("plan.yaml"))
            .file("monitoring", Client.HOSTILE.resolve("negative-count.yaml"));

    HttpResponse<byte[]> response =
        client.post("/v1/checks", body.contentType(), body.bytes(), null);

    assertProblem(response, 422);
    assertThat(json(response).get("problems").get(0).get("file").asText())
        .isEqualTo("negative-count.yaml");
  }

  @Test
  void should_refuse_an_unknown_media_type_with_415() throws Exception {
    assertProblem(client.post("/v1/checks", "text/xml", plan, null), 415);
    assertProblem(
        client.send(
            client
                .request("/v1/checks")
                .POST(HttpRequest.BodyPublishers.ofByteArray(plan))
                .build()),
        415);
  }

  @Test
  void should_refuse_a_body_above_the_limit_with_413_before_reading_it() throws Exception {
    byte[] big = new byte[2_000_001];

    assertProblem(client.post("/v1/checks", "application/yaml", big, null), 413);
  }

  @Test
  void should_refuse_a_body_above_the_limit_before_the_client_sends_it() throws Exception {
    // As curl does for large uploads: the headers first, the body only after "100 Continue".
    // (Java 17's HttpClient waits forever for a 100 that does not come, JDK-8286171: a socket.)
    try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
      socket.setSoTimeout(10_000);
      String head =
          "POST /v1/checks HTTP/1.1\r\n"
              + "Host: localhost\r\n"
              + "Content-Type: application/yaml\r\n"
              + "Content-Length: 50000000\r\n"
              + "Expect: 100-continue\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();

      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();

      assertThat(statusLine).startsWith("HTTP/1.1 413 ");
    }
  }

  @Test
  void should_refuse_a_streamed_body_above_the_limit_with_413() throws Exception {
    // No Content-Length: chunked, refused once the limit is passed.
    InputStream endless = new ByteArrayInputStream(new byte[3_000_000]);
    HttpRequest request =
        client
            .request("/v1/checks")
            .header("Content-Type", "application/yaml")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless))
            .build();

    assertProblem(client.send(request), 413);
  }

  @Test
  void should_refuse_a_multipart_body_above_the_limit_with_413() throws Exception {
    var body =
        new Client.Multipart()
            .file("plan", "plan.yaml", "application/yaml", new byte[1_500_000])
            .file("monitoring", "m.yaml", "application/yaml", new byte[1_500_000]);
    InputStream stream = new ByteArrayInputStream(body.bytes());
    HttpRequest request =
        client
            .request("/v1/checks")
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream))
            .build();

    assertProblem(client.send(request), 413);
  }

  @Test
  void should_refuse_multipart_without_one_plan_with_400() throws Exception {
    var body =
        new Client.Multipart().file("monitoring", Client.HOSTILE.resolve("negative-count.yaml"));

    assertProblem(client.post("/v1/checks", body.contentType(), body.bytes(), null), 400);
  }

  @Test
  void should_validate_without_checking() throws Exception {
    var body = luxembourgWithMonitoring();

    HttpResponse<byte[]> valid =
        client.post("/v1/validations", body.contentType(), body.bytes(), null);
    HttpResponse<byte[]> invalid =
        client.post(
            "/v1/validations",
            "application/yaml",
            Files.readAllBytes(Client.HOSTILE.resolve("wrong-types.yaml")),
            null);
    HttpResponse<byte[]> malformed =
        client.post(
            "/v1/validations",
            "application/json",
            Files.readAllBytes(Client.HOSTILE.resolve("truncated.json")),
            null);

    assertThat(valid.statusCode()).isEqualTo(200);
    JsonNode answer = json(valid);
    assertThat(answer.get("plan").asText()).isEqualTo("LU-WPS-2");
    assertThat(answer.get("actions").asInt()).isEqualTo(106);
    assertThat(answer.get("indicators").asInt()).isEqualTo(178);
    assertThat(answer.get("monitoringReports").asInt()).isEqualTo(9);
    assertProblem(invalid, 422);
    assertProblem(malformed, 400);
    assertProblem(client.post("/v1/validations", "text/xml", plan, null), 415);
    assertProblem(
        client.post("/v1/validations", "application/yaml", new byte[2_000_001], null), 413);
  }

  @Test
  void should_list_the_rules_in_either_language() throws Exception {
    HttpResponse<byte[]> english = client.get("/v1/rules");
    HttpResponse<byte[]> french = client.get("/v1/rules?lang=fr");

    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.body()).isNotEqualTo(french.body());
    assertThat(new String(english.body(), StandardCharsets.UTF_8)).contains("NAP-M001");
    assertThat(french.statusCode()).isEqualTo(200);
    assertProblem(client.get("/v1/rules?lang=de"), 400);
  }

  @Test
  void should_serve_the_schemas() throws Exception {
    for (String name : List.of("plan", "monitoring", "report")) {
      HttpResponse<byte[]> response = client.get("/v1/schemas/" + name + ".json");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/schema+json");
      assertThat(json(response).get("$schema").asText()).contains("json-schema.org");
    }
  }

  @Test
  void should_answer_health_and_metrics() throws Exception {
    client.post("/v1/checks?asOf=2027-04-01", "application/yaml", plan, null);
    client.post("/v1/checks", "text/xml", plan, null);

    assertThat(client.get("/health/live").statusCode()).isEqualTo(200);
    assertThat(client.get("/health/ready").statusCode()).isEqualTo(200);
    HttpResponse<byte[]> metrics = client.get("/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(new String(metrics.body(), StandardCharsets.UTF_8))
        .contains(
            "napcheck_checks_total",
            "napcheck_findings_total{severity=\"error\"}",
            "napcheck_check_duration_seconds",
            "napcheck_refusals_total{status=\"415\"");
  }

  @Test
  void should_serve_its_openapi_document() throws Exception {
    HttpResponse<byte[]> response = client.get("/openapi.json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void should_answer_an_unknown_route_with_a_problem() throws Exception {
    assertProblem(client.get("/v2/checks"), 404);
  }

  @Test
  void should_put_security_headers_on_every_answer() throws Exception {
    for (HttpResponse<byte[]> response :
        List.of(
            client.get("/"),
            client.get("/health/live"),
            client.get("/nowhere"),
            client.post("/v1/checks", "text/xml", plan, null),
            client.post("/v1/checks?asOf=2027-04-01", "application/yaml", plan, "text/html"))) {
      var headers = response.headers();
      assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(headers.firstValue("Cache-Control")).hasValue("no-store");
      assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
          .startsWith("default-src 'none'")
          .contains("frame-ancestors 'none'");
      assertThat(headers.firstValue("Server")).isEmpty();
    }
  }

  @Test
  void should_answer_503_with_retry_after_when_the_queue_is_full() throws Exception {
    try (NapServer busy =
        NapServer.start(ServerSettings.defaults().withPort(0).withThreads(1).withQueue(0))) {
      var busyClient = new Client(busy);
      var pool = Executors.newFixedThreadPool(8);
      try {
        var answers = new ArrayList<Future<HttpResponse<byte[]>>>();
        for (int i = 0; i < 8; i++) {
          Callable<HttpResponse<byte[]>> call =
              () -> busyClient.post("/v1/checks?asOf=2027-04-01", "application/yaml", plan, null);
          answers.add(pool.submit(call));
        }
        int refused = 0;
        for (Future<HttpResponse<byte[]>> answer : answers) {
          HttpResponse<byte[]> response = answer.get();
          if (response.statusCode() == 503) {
            refused++;
            assertProblem(response, 503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
          } else {
            assertThat(response.statusCode()).isEqualTo(200);
          }
        }
        assertThat(refused).isPositive();
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void should_answer_503_when_a_check_takes_too_long() throws Exception {
    try (NapServer slow =
        NapServer.start(
            ServerSettings.defaults()
                .withPort(0)
                .withCheckTimeout(java.time.Duration.ofMillis(1)))) {
      HttpResponse<byte[]> response =
          new Client(slow).post("/v1/checks?asOf=2027-04-01", "application/yaml", plan, null);

      assertProblem(response, 503);
      assertThat(json(response).get("type").asText()).endsWith("timeout");
    }
  }

  @Test
  void should_answer_500_without_a_stack_trace_when_the_server_rules_fail() throws Exception {
    try (NapServer failing =
        NapServer.start(
            ServerSettings.defaults()
                .withPort(0)
                .withExtraRules(List.of(Client.HOSTILE.resolve("rules-throws.drl"))))) {
      HttpResponse<byte[]> response =
          new Client(failing).post("/v1/checks?asOf=2027-04-01", "application/yaml", plan, null);

      assertProblem(response, 500);
    }
  }

  @Test
  void should_ask_for_the_token_when_it_has_one() throws Exception {
    try (NapServer guarded =
        NapServer.start(ServerSettings.defaults().withPort(0).withToken("s3cret-token"))) {
      var guardedClient = new Client(guarded);

      HttpResponse<byte[]> none = guardedClient.get("/v1/rules");
      HttpResponse<byte[]> wrong =
          guardedClient.send(
              guardedClient.request("/v1/rules").header("Authorization", "Bearer nope").build());
      HttpResponse<byte[]> right =
          guardedClient.send(
              guardedClient
                  .request("/v1/rules")
                  .header("Authorization", "Bearer s3cret-token")
                  .build());

      assertProblem(none, 401);
      assertThat(none.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"napcheck\"");
      assertProblem(wrong, 401);
      assertThat(wrong.headers().firstValue("WWW-Authenticate").orElseThrow())
          .contains("invalid_token");
      assertThat(right.statusCode()).isEqualTo(200);
      assertThat(guardedClient.get("/health/live").statusCode()).isEqualTo(200);
    }
  }
}
