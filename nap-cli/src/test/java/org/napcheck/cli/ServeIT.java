package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code napcheck serve} from the jar: one line on standard output, nothing on standard error,
 * answers a check, and stops cleanly on SIGTERM and on SIGINT (Ctrl-C).
 */
class ServeIT {
  private static final Pattern LINE =
      Pattern.compile("napcheck serving on (http://127\\.0\\.0\\.1:(\\d+))\n");

  @Test
  void should_print_one_line_answer_and_stop_on_sigterm(@TempDir Path dir) throws Exception {
    assertServesAndStops(dir, "TERM");
  }

  @Test
  void should_stop_on_sigint(@TempDir Path dir) throws Exception {
    assertServesAndStops(dir, "INT");
  }

  private static void assertServesAndStops(Path dir, String signal) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = Jar.start(dir, List.of(), out, err, "serve", "--port", "0", "--threads", "2");
    try {
      String line = "";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!LINE.matcher(line).find() && System.nanoTime() < deadline && process.isAlive()) {
        Thread.sleep(100);
        line = Files.readString(out);
      }
      Matcher matcher = LINE.matcher(line);
      assertThat(matcher.find()).as(line + Files.readString(err)).isTrue();
      URI base = URI.create(matcher.group(1));

      HttpResponse<String> check =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.resolve("/v1/checks?asOf=2027-04-01"))
                      .timeout(Duration.ofSeconds(60))
                      .header("Content-Type", "application/yaml")
                      .POST(HttpRequest.BodyPublishers.ofFile(Jar.LUXEMBOURG.resolve("plan.yaml")))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(check.statusCode()).isEqualTo(200);
      assertThat(check.body()).contains("\"plan\": \"LU-WPS-2\"");

      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
      assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped in time").isTrue();
      assertThat(Files.readString(out)).isEqualTo(matcher.group(0));
      assertThat(Files.readString(err)).isEmpty();
    } finally {
      process.destroyForcibly();
    }
  }
}
