package org.napcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code bash} example of docs/server.md, run with curl against a server on an ephemeral
 * port, from a folder that sees the repository's files as the examples name them. An example after
 * a comment {@code # answers 422} must be answered with that status; the others with no refusal.
 * The deployment recipes' commands (Docker, systemd) are written {@code sh}, not {@code bash}: they
 * are not run here (DeploymentRecipeTest reads them).
 */
class ServerDocsTest {
  private static final Path DOC = Client.ROOT.resolve("docs/server.md");
  private static final Pattern BLOCK = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL);
  private static final Pattern ANSWERS = Pattern.compile("^# answers (\\d{3})$", Pattern.MULTILINE);

  @TempDir static Path work;
  static NapServer server;

  @BeforeAll
  static void start() throws Exception {
    boolean curl = onPath("curl");
    if (!curl && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI must install curl (see .ci/run)");
    }
    assumeThat(curl).as("curl is installed").isTrue();
    for (String folder : List.of("nap-examples", "nap-cli")) {
      Files.createSymbolicLink(work.resolve(folder), Client.ROOT.resolve(folder));
    }
    server = NapServer.start(ServerSettings.defaults().withPort(0));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** Each command of each example: a line and the lines it continues onto. */
  static Stream<Named<String[]>> examples() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    var commands = new ArrayList<Named<String[]>>();
    Matcher block = BLOCK.matcher(doc);
    while (block.find()) {
      String expected = "";
      var command = new StringBuilder();
      for (String line : block.group(1).split("\n")) {
        Matcher answers = ANSWERS.matcher(line);
        if (answers.matches()) {
          expected = answers.group(1);
          continue;
        }
        command.append(line).append('\n');
        if (!line.endsWith("\\")) {
          String text = command.toString().strip();
          commands.add(
              Named.of(text.lines().findFirst().orElseThrow(), new String[] {text, expected}));
          command.setLength(0);
          expected = "";
        }
      }
    }
    return commands.stream();
  }

  @Test
  void should_have_examples_of_every_api_route() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    assertThat(examples().count()).isGreaterThan(10);
    for (String route : OpenApiTest.documented(OpenApiTest.document())) {
      assertThat(doc).as(route).contains(route.substring(route.indexOf(' ') + 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void should_run_as_written(String[] example) throws Exception {
    String command = example[0].replace("http://127.0.0.1:8080", server.uri().toString());
    Process process =
        new ProcessBuilder("bash", "-euo", "pipefail", "-c", command)
            .directory(work.toFile())
            .redirectErrorStream(false)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(err).isZero();
    assertThat(err).isEmpty();
    if (!example[1].isEmpty()) {
      assertThat(out).contains("\"status\" : " + example[1]);
    } else {
      assertThat(out).doesNotContain("server.md#problem-", "HTTP/1.1 4", "HTTP/1.1 5");
      if (!command.contains(" -o ")) {
        assertThat(out).isNotBlank();
      }
    }
  }

  private static boolean onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder.isEmpty() ? "." : folder, program))) {
        return true;
      }
    }
    return false;
  }
}
