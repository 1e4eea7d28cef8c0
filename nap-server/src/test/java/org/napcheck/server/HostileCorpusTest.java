package org.napcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command's hostile corpus (nap-cli's {@code hostile/cases.yaml}) sent to {@code /v1/checks}:
 * what the command refuses (exit 2) the server refuses with 400, 413 or 422 and every problem; what
 * it checks, the server checks; and the server is healthy after all of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCorpusTest {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static NapServer server;
  static Client client;

  @BeforeAll
  static void start() throws Exception {
    server = NapServer.start(ServerSettings.defaults().withPort(0));
    client = new Client(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A case of the corpus the server can be sent: a plan, monitoring files, as-of, language. */
  record Case(Path plan, List<Path> monitoring, String query, int exit) {}

  static Stream<Named<Case>> cases() throws Exception {
    List<Map<String, Object>> all =
        new YAMLMapper().readValue(Client.HOSTILE.resolve("cases.yaml").toFile(), List.class);
    var cases = new ArrayList<Named<Case>>();
    for (Map<String, Object> one : all) {
      @SuppressWarnings("unchecked")
      List<String> args = (List<String>) one.get("args");
      Case sendable = sendable(args, (Integer) one.get("exit"));
      if (sendable != null && one.get("generate") == null) {
        cases.add(Named.of((String) one.get("name"), sendable));
      }
    }
    assertThat(cases).hasSizeGreaterThan(30);
    return cases.stream();
  }

  /** The case as a request, or null for what has no HTTP form (extra rules, waivers, folders). */
  private static Case sendable(List<String> args, int exit) {
    if (!args.get(0).equals("check") || exit == 3) {
      return null;
    }
    Path plan = Client.HOSTILE.resolve(args.get(1));
    if (!Files.isRegularFile(plan)) {
      return null;
    }
    var monitoring = new ArrayList<Path>();
    var query = new StringBuilder();
    for (int i = 2; i < args.size(); i += 2) {
      String value = args.get(i + 1);
      switch (args.get(i)) {
        case "--monitoring" -> {
          if (!Files.isRegularFile(Client.HOSTILE.resolve(value))) {
            return null;
          }
          monitoring.add(Client.HOSTILE.resolve(value));
        }
        case "--as-of" -> query.append("&asOf=").append(encode(value));
        case "--lang" -> query.append("&lang=").append(encode(value));
        case "--fail-on" -> query.append("&failOn=").append(encode(value));
        case "--format", "--output" -> {}
        default -> {
          return null;
        }
      }
    }
    return new Case(plan, monitoring, query.length() == 0 ? "" : "?" + query.substring(1), exit);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_refuse_what_the_command_refuses_and_check_the_rest(Case hostile) throws Exception {
    var body = new Client.Multipart();
    String name = hostile.plan().getFileName().toString();
    body.file(
        "plan",
        name,
        name.endsWith(".xlsx")
            ? XLSX
            : name.endsWith(".json") ? "application/json" : "application/yaml",
        Files.readAllBytes(hostile.plan()));
    for (Path file : hostile.monitoring()) {
      body.file("monitoring", file);
    }

    HttpResponse<byte[]> response =
        client.post("/v1/checks" + hostile.query(), body.contentType(), body.bytes(), null);

    String text = new String(response.body(), StandardCharsets.UTF_8);
    if (hostile.exit() == 2) {
      assertThat(response.statusCode()).as(text).isIn(400, 413, 422);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      JsonNode problem = new ObjectMapper().readTree(response.body());
      assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
      assertThat(problem.get("detail").asText()).isNotBlank();
      if (problem.has("problems")) {
        assertThat(problem.get("problems").get(0).get("file").asText()).isNotBlank();
      }
    } else {
      assertThat(response.statusCode()).as(text).isEqualTo(200);
    }
    assertThat(text).doesNotContain("\tat ", "Exception");
  }

  @Order(2)
  @Test
  void should_still_be_healthy_after_all_of_them() throws Exception {
    assertThat(client.get("/health/live").statusCode()).isEqualTo(200);
    assertThat(client.get("/health/ready").statusCode()).isEqualTo(200);
    HttpResponse<byte[]> check =
        client.post(
            "/v1/checks?asOf=2027-04-01",
            "application/yaml",
            Files.readAllBytes(Client.LUXEMBOURG.resolve("plan.yaml")),
            null);
    assertThat(check.statusCode()).isEqualTo(200);
  }
}
