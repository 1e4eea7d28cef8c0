package org.napcheck.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar as the README starts it ({@code java -jar}): it starts, checks Luxembourg's plan
 * and prints nothing but Spring's own start-up lines. The tests on the class path cannot see what
 * the jar leaves out.
 */
class PackagedJarIT {
  static final Path JAR = Path.of("target", "napcheck-spring-boot-example.jar");
  static final Path LOG = Path.of("target", "packaged-jar.log");

  @Test
  void should_check_luxembourgs_plan_from_the_packaged_jar() throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process app =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-jar",
                    JAR.toString(),
                    "--server.address=127.0.0.1",
                    "--server.port=" + port))
            .redirectErrorStream(true)
            .redirectOutput(LOG.toFile())
            .start();
    try {
      HttpResponse<String> answer = checkWhenUp(port, app);

      assertThat(answer.statusCode()).as(Files.readString(LOG)).isEqualTo(200);
      assertThat(answer.body())
          .isEqualTo(Files.readString(ChecksControllerTest.GOLDEN).replace("\r\n", "\n"));
      assertThat(Files.readString(LOG))
          .contains("Started NapcheckApplication")
          .doesNotContain(
              "org.drools", "org.kie", "HV0000", " DEBUG ", " WARN ", " ERROR ", "Exception");
    } finally {
      app.destroy();
      if (!app.waitFor(20, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  private static HttpResponse<String> checkWhenUp(int port, Process app) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest check =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/checks?asOf=2030-01-01"))
            .header("Content-Type", "application/yaml")
            .POST(HttpRequest.BodyPublishers.ofFile(ChecksControllerTest.LUXEMBOURG))
            .build();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      try {
        return client.send(check, HttpResponse.BodyHandlers.ofString());
      } catch (ConnectException notYet) {
        if (!app.isAlive() || Instant.now().isAfter(deadline)) {
          throw new IOException("the jar did not start: " + Files.readString(LOG), notYet);
        }
        Thread.sleep(250);
      }
    }
  }
}
