package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napcheck.cli.DeploymentRecipe.Instruction;

/**
 * The container's command and health check, run without a container: the jar started with the
 * Dockerfile's own entry point and arguments (on the loopback and a free port instead of {@code
 * 0.0.0.0:8080}) is healthy by the Dockerfile's own {@code HEALTHCHECK} command within its start
 * period, and stops on the signal {@code docker stop} sends.
 */
class DeploymentRecipeIT {
  final List<Instruction> image = DeploymentRecipe.stages().get(1);

  @Test
  void should_expose_the_default_port_of_the_serve_command() throws Exception {
    String help = serveHelp();

    Matcher port = Pattern.compile("--port\\S*\\s+.*?default:\\s*(\\d+)").matcher(help);

    assertThat(port.find()).as(help).isTrue();
    assertThat(arguments("EXPOSE")).isEqualTo(port.group(1));
  }

  @Test
  void should_be_healthy_by_its_own_check_within_the_start_period() throws Exception {
    serveHelp();
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = containerCommand(port);
    List<String> healthCheck = healthCheck(port);
    Duration startPeriod = duration("--start-period");
    Path log = Files.createTempFile("napcheck-serve", ".log");
    Process server =
        new ProcessBuilder(command)
            .directory(Jar.ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      long started = System.nanoTime();
      boolean healthy = false;
      while (!healthy && System.nanoTime() - started < startPeriod.toNanos() && server.isAlive()) {
        Process check = new ProcessBuilder(healthCheck).redirectErrorStream(true).start();
        boolean done = check.waitFor(10, TimeUnit.SECONDS);
        if (!done) {
          check.destroyForcibly();
        }
        healthy = done && check.exitValue() == 0;
        if (!healthy) {
          Thread.sleep(200);
        }
      }
      assertThat(healthy).as("healthy within %s: %s", startPeriod, Files.readString(log)).isTrue();

      server.destroy(); // SIGTERM, as docker stop
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
    } finally {
      server.destroyForcibly();
      Files.deleteIfExists(log);
    }
  }

  /** The jar's {@code serve --help}, run once for both tests. */
  private static Jar.Run helpRun;

  @BeforeAll
  static void run_serve_help() throws Exception {
    helpRun = Jar.run("serve", "--help");
  }

  /** The jar's {@code serve --help}; the test is skipped on a jar without the command. */
  private static String serveHelp() {
    Assumptions.assumeTrue(
        helpRun.exitCode() == 0 && helpRun.out().contains("--bind"),
        "this build's jar has no serve command: " + helpRun.out() + helpRun.err());
    return helpRun.out();
  }

  /** ENTRYPOINT and CMD, with this build's java and jar, on the loopback and {@code port}. */
  private List<String> containerCommand(int port) {
    List<String> dockerfile = new ArrayList<>(DeploymentRecipe.execForm(last("ENTRYPOINT")));
    dockerfile.addAll(DeploymentRecipe.execForm(last("CMD")));
    var command = new ArrayList<String>();
    for (int i = 0; i < dockerfile.size(); i++) {
      String word = dockerfile.get(i);
      String before = i > 0 ? dockerfile.get(i - 1) : "";
      if (i == 0) {
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      } else if (before.equals("-jar")) {
        assertThat(Path.of(word).getFileName()).isEqualTo(Jar.JAR.getFileName());
        command.add(Jar.JAR.toString());
      } else if (before.equals("--bind")) {
        command.add("127.0.0.1");
      } else if (before.equals("--port")) {
        assertThat(word).isEqualTo(arguments("EXPOSE"));
        command.add(String.valueOf(port));
      } else {
        command.add(word);
      }
    }
    return command;
  }

  private List<String> healthCheck(int port) {
    String arguments = last("HEALTHCHECK").arguments();
    String check = arguments.substring(arguments.indexOf("CMD ") + 4);
    return DeploymentRecipe.execForm(new Instruction(0, "CMD", check)).stream()
        .map(word -> word.replace(":" + arguments("EXPOSE") + "/", ":" + port + "/"))
        .toList();
  }

  private Duration duration(String option) {
    Matcher seconds = Pattern.compile(option + "=(\\d+)s").matcher(last("HEALTHCHECK").arguments());
    assertThat(seconds.find()).isTrue();
    return Duration.ofSeconds(Long.parseLong(seconds.group(1)));
  }

  private String arguments(String keyword) {
    return last(keyword).arguments().strip();
  }

  private Instruction last(String keyword) {
    return image.stream()
        .filter(instruction -> instruction.keyword().equals(keyword))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no " + keyword + " in the image's stage"));
  }
}
