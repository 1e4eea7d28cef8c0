package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run stopped by SIGTERM or SIGINT (Ctrl-C) at any moment leaves the report it was writing as it
 * was before, or complete, and no temporary file beside it.
 */
class SignalsIT {
  private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1");
  private static final String OLD_REPORT = "<!DOCTYPE html><p>The report of last month.</p>\n";

  @TempDir static Path shared;

  private static Path plan;
  private static byte[] newReport;

  @BeforeAll
  static void a_plan_whose_report_takes_a_while_and_the_report_it_gives() throws Exception {
    plan = Files.writeString(shared.resolve("plan.yaml"), bigPlan(1000));
    Path complete = shared.resolve("complete.html");
    Jar.Run run = Jar.run(shared, Duration.ofSeconds(120), JVM, args(complete));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    newReport = Files.readAllBytes(complete);
  }

  /**
   * @param signal TERM or INT
   * @param moment when to send it: after so many milliseconds, or ({@code -1}) as soon as the
   *     temporary file of the report appears
   */
  @ParameterizedTest(name = "SIG{0} at {1} ms")
  @CsvSource({"TERM, 300", "INT, 1500", "TERM, -1", "INT, -1"})
  void should_leave_the_old_report_or_the_new_one_and_no_temporary_file(
      String signal, int moment, @TempDir Path dir) throws Exception {
    // GIVEN last month's report where this run writes
    Path report = Files.writeString(dir.resolve("report.html"), OLD_REPORT);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = Jar.start(dir, JVM, out, err, args(report));

    // WHEN
    boolean sent = waitFor(moment, dir, process);
    if (sent) {
      kill(signal, process);
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("stopped in time").isTrue();

    // THEN
    byte[] left = Files.readAllBytes(report);
    boolean old = Arrays.equals(left, OLD_REPORT.getBytes(StandardCharsets.UTF_8));
    assertThat(old || Arrays.equals(left, newReport))
        .as(
            "the old report or the new one, whole; signal %s, exit code %d, %d bytes left",
            sent ? "sent" : "not sent", process.exitValue(), left.length)
        .isTrue();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .as("no temporary file")
          .containsExactlyInAnyOrder("report.html", "out.txt", "err.txt");
    }
    assertThat(Files.readString(err)).doesNotContain("\tat ");
  }

  private static String[] args(Path report) {
    return new String[] {
      "check",
      plan.toString(),
      "--as-of",
      "2031-01-01",
      "--format",
      "html",
      "--output",
      report.toString()
    };
  }

  /** Waits for the moment; {@code false} when the run ended first, so that no signal is needed. */
  private static boolean waitFor(int moment, Path dir, Process process) throws Exception {
    if (moment >= 0) {
      return !process.waitFor(moment, TimeUnit.MILLISECONDS);
    }
    while (process.isAlive()) {
      try (Stream<Path> files = Files.list(dir)) {
        if (files.anyMatch(file -> file.getFileName().toString().endsWith(".tmp"))) {
          return true;
        }
      }
      // The file is written and synced to disk for some milliseconds: no need to spin.
      Thread.sleep(1);
    }
    return false;
  }

  private static void kill(String signal, Process process) throws Exception {
    if (signal.equals("TERM")) {
      process.destroy();
    } else {
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
      assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  /** A plan of {@code actions} actions, each with findings: a report of some 13 MB. */
  static String bigPlan(int actions) {
    var yaml =
        new StringBuilder(
            """
            napcheck: 1
            plan:
              id: BIG-1
              country: LU
              title: A big plan
              period: { start: 2025, end: 2030 }
              actors:
                - { code: MFA, name: Ministry of Foreign Affairs }
                - { code: MOJ, name: Ministry of Justice }
              pillars:
            """);
    int perObjective = 20;
    int objectives = Math.max(1, actions / perObjective);
    for (int o = 0; o < objectives; o++) {
      if (o % 10 == 0) {
        yaml.append("    - id: P").append(o / 10).append('\n');
        yaml.append("      title: Pillar ").append(o / 10).append('\n');
        yaml.append("      objectives:\n");
      }
      yaml.append("        - id: ").append(o).append(".a\n");
      yaml.append("          title: Objective ").append(o).append('\n');
      yaml.append("          actions:\n");
      for (int a = 0; a < perObjective; a++) {
        String id = o + ".a." + a;
        yaml.append("            - id: ").append(id).append('\n');
        yaml.append("              text: Train staff on gender equality.\n");
        yaml.append("              responsible: [MFA, MOJ, Body ").append(a).append("]\n");
        yaml.append("              deadline: ").append(2025 + a % 6).append('\n');
        yaml.append("              indicators:\n");
        yaml.append("                - { id: ").append(id).append("-1, text: Number of people }\n");
        yaml.append("                - { id: ").append(id).append("-2, text: Actions taken }\n");
      }
    }
    return yaml.toString();
  }
}
