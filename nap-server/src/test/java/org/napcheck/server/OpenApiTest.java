package org.napcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document kept in the repository holds the server to it: every route the server
 * registers is documented and every documented route is registered; every status the server answers
 * on a route (a table of requests making each happen) is documented for that route.
 */
class OpenApiTest {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static JsonNode document() throws Exception {
    try (InputStream in = NapServer.class.getClassLoader().getResourceAsStream(NapServer.OPENAPI)) {
      return new YAMLMapper().readTree(in);
    }
  }

  static Set<String> documented(JsonNode document) {
    var routes = new TreeSet<String>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> routes.add(method.toUpperCase() + " " + path.getKey())));
    return routes;
  }

  @Test
  void should_document_every_route_the_server_registers_and_no_other() throws Exception {
    try (NapServer server = NapServer.start(ServerSettings.defaults().withPort(0))) {
      assertThat(new TreeSet<>(server.routes())).isEqualTo(documented(document()));
    }
  }

  @Test
  void should_document_every_status_each_route_answers() throws Exception {
    JsonNode document = document();
    byte[] plan = Files.readAllBytes(Client.LUXEMBOURG.resolve("plan.yaml"));
    byte[] truncated = Files.readAllBytes(Client.HOSTILE.resolve("truncated.yaml"));
    byte[] wrongTypes = Files.readAllBytes(Client.HOSTILE.resolve("wrong-types.yaml"));
    var seen = new TreeSet<String>();

    try (NapServer server =
        NapServer.start(ServerSettings.defaults().withPort(0).withMaxRequestBytes(1_000_000))) {
      var client = new Client(server);
      for (String route : documented(document)) {
        String path = route.substring(route.indexOf(' ') + 1);
        if (route.startsWith("GET ")) {
          record(seen, route, client.get(path));
        }
      }
      record(seen, "GET /v1/rules", client.get("/v1/rules?lang=xx"));
      for (String path : List.of("/v1/checks", "/v1/validations")) {
        String route = "POST " + path;
        record(seen, route, client.post(path + "?asOf=2027-04-01", "application/yaml", plan, null));
        record(seen, route, client.post(path, "application/yaml", truncated, null));
        record(seen, route, client.post(path, "application/yaml", wrongTypes, null));
        record(seen, route, client.post(path, "text/xml", plan, null));
        record(seen, route, client.post(path, "application/yaml", new byte[1_000_001], null));
      }
      record(
          seen,
          "POST /v1/checks",
          client.post("/v1/checks", "application/yaml", plan, "image/png"));
      String route = "POST /page/checks";
      for (byte[] bytes : List.of(plan, truncated, wrongTypes, new byte[1_000_001])) {
        var form = new Client.Multipart().file("plan", "plan.yaml", "application/yaml", bytes);
        record(seen, route, client.post("/page/checks", form.contentType(), form.bytes(), null));
      }
      record(seen, route, client.post("/page/checks", "application/yaml", plan, null));
    }
    try (NapServer guarded =
        NapServer.start(ServerSettings.defaults().withPort(0).withToken("token"))) {
      var client = new Client(guarded);
      for (String route : documented(document)) {
        String path = route.substring(route.indexOf(' ') + 1);
        var request = client.request(path);
        record(
            seen,
            route,
            client.send(
                route.startsWith("GET ")
                    ? request.GET().build()
                    : request.POST(HttpRequest.BodyPublishers.noBody()).build()));
      }
    }
    try (NapServer slow =
        NapServer.start(
            ServerSettings.defaults().withPort(0).withCheckTimeout(Duration.ofMillis(1)))) {
      var client = new Client(slow);
      record(seen, "POST /v1/checks", client.post("/v1/checks", "application/yaml", plan, null));
      record(
          seen,
          "POST /v1/validations",
          client.post("/v1/validations", "application/yaml", plan, null));
      var form = new Client.Multipart().file("plan", "plan.yaml", "application/yaml", plan);
      record(
          seen,
          "POST /page/checks",
          client.post("/page/checks", form.contentType(), form.bytes(), null));
    }
    try (NapServer failing =
        NapServer.start(
            ServerSettings.defaults()
                .withPort(0)
                .withExtraRules(List.of(Client.HOSTILE.resolve("rules-throws.drl"))))) {
      var client = new Client(failing);
      record(seen, "POST /v1/checks", client.post("/v1/checks", "application/yaml", plan, null));
      var form = new Client.Multipart().file("plan", "plan.yaml", "application/yaml", plan);
      record(
          seen,
          "POST /page/checks",
          client.post("/page/checks", form.contentType(), form.bytes(), null));
    }

    var undocumented = new TreeSet<String>();
    for (String answer : seen) {
      String[] parts = answer.split(" ");
      JsonNode responses =
          document.get("paths").get(parts[1]).get(parts[0].toLowerCase()).get("responses");
      if (!responses.has(parts[2])) {
        undocumented.add(answer);
      }
    }
    assertThat(undocumented).as("answers the document does not list").isEmpty();
    assertThat(seen)
        .contains(
            "POST /v1/checks 200",
            "POST /v1/checks 400",
            "POST /v1/checks 401",
            "POST /v1/checks 406",
            "POST /v1/checks 413",
            "POST /v1/checks 415",
            "POST /v1/checks 422",
            "POST /v1/checks 500",
            "POST /v1/checks 503",
            "POST /page/checks 422");
  }

  private static void record(Set<String> seen, String route, HttpResponse<byte[]> response) {
    seen.add(route + " " + response.statusCode());
  }
}
