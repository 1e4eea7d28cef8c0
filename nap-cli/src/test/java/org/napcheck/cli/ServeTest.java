package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.napcheck.server.NapServer;
import org.napcheck.server.ServerSettings;

/**
 * The server answers the same bytes as the command, for the same input: Luxembourg's plan, with and
 * without its monitoring data, in JSON and SARIF, and split by body, through real HTTP; and bad
 * extra rules are refused before the server listens.
 */
class ServeTest {
  private static final Path LUXEMBOURG = Jar.LUXEMBOURG;
  private static NapServer server;

  @BeforeAll
  static void start() throws Exception {
    server = NapServer.start(ServerSettings.defaults().withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}, as of {1}, monitoring: {2}")
  @CsvSource({
    "json, 2027-04-01, true",
    "sarif, 2027-04-01, true",
    "json, 2030-01-01, false",
    "sarif, 2030-01-01, false"
  })
  void should_answer_the_bytes_the_command_writes(String format, String asOf, boolean monitoring)
      throws Exception {
    // GIVEN the command's report
    var args = new ArrayList<>(List.of("check", LUXEMBOURG.resolve("plan.yaml").toString()));
    if (monitoring) {
      args.addAll(List.of("--monitoring", LUXEMBOURG.resolve("monitoring").toString()));
    }
    args.addAll(List.of("--as-of", asOf, "--format", format));
    var stdout = new ByteArrayOutputStream();
    var out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    int exit = Napcheck.run(args.toArray(String[]::new), out, new PrintWriter(new StringWriter()));
    out.flush();
    assertThat(exit).isEqualTo(ExitCode.FINDINGS);

    // WHEN the server is sent the same files
    String boundary = "napcheck-" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    part(body, boundary, "plan", LUXEMBOURG.resolve("plan.yaml"));
    if (monitoring) {
      try (var files = Files.list(LUXEMBOURG.resolve("monitoring"))) {
        for (Path file : files.sorted().toList()) {
          part(body, boundary, "monitoring", file);
        }
      }
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri().resolve("/v1/checks?asOf=" + asOf))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header(
                        "Accept",
                        format.equals("json") ? "application/json" : "application/sarif+json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    // THEN
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Napcheck-Outcome")).hasValue("findings");
    assertThat(response.body()).isEqualTo(stdout.toByteArray());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"html, text/html", "json, application/json", "xlsx, " + XLSX})
  void should_answer_a_split_by_body_with_the_files_the_command_writes(
      String format, String mediaType, @TempDir Path folder) throws Exception {
    // GIVEN the command's split of Luxembourg's plan alone
    String plan = LUXEMBOURG.resolve("plan.yaml").toString();
    int exit =
        Napcheck.run(
            new String[] {
              "check",
              plan,
              "--as-of",
              "2030-01-01",
              "--format",
              format,
              "--split-by",
              "actor",
              "--output",
              folder.toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    assertThat(exit).isEqualTo(ExitCode.FINDINGS);
    var written = new TreeMap<String, byte[]>();
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        written.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }

    // WHEN the server is asked for the same split
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        server.uri().resolve("/v1/checks?asOf=2030-01-01&splitBy=actor"))
                    .header("Content-Type", "application/yaml")
                    .header("Accept", mediaType)
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of(plan)))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    // THEN a zip of the same files, byte for byte
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
    var zipped = new TreeMap<String, byte[]>();
    try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        zipped.put(entry.getName(), zip.readAllBytes());
      }
    }
    assertThat(zipped.keySet()).isEqualTo(written.keySet()).contains("MFA." + format);
    written.forEach((name, bytes) -> assertThat(zipped.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void should_refuse_bad_extra_rules_before_listening(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("bad.drl"), "rule \"x\" when then nonsense(");

    // a guard against a server that would listen: the command would not end
    Jar.Run run =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2),
            () -> InProcess.run("serve", "--port", "0", "--rules", rules.toString()));

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).doesNotContain("serving");
    assertThat(run.err()).startsWith("napcheck: ").doesNotContain("\tat ");
  }

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static void part(ByteArrayOutputStream body, String boundary, String field, Path file)
      throws Exception {
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + field
                + "\"; filename=\""
                + file.getFileName()
                + "\"\r\nContent-Type: application/yaml\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(Files.readAllBytes(file));
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
