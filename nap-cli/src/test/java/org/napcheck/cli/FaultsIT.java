package org.napcheck.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What needs the jar in a process of its own: a folder of plans sent by many bodies, some broken in
 * every way the corpus knows, checked in a JVM of 256 MiB (the rest are checked, the summary names
 * each failure where it is, and the exit code says some failed); standard output on a full disk; a
 * folder that a user who is not root cannot write. {@link FaultsTest} has the rest, in process.
 */
class FaultsIT {
  private static final Path CORPUS = Path.of("src/test/resources/hostile").toAbsolutePath();

  @Test
  void should_check_every_readable_plan_of_a_folder_and_name_every_one_that_is_not(
      @TempDir Path dir) throws Exception {
    // GIVEN two good plans, and five that cannot be read, one of them by its monitoring data
    plan(dir, "a-good", "plan.yaml");
    plan(dir, "b-binary", "binary.yaml");
    plan(dir, "c-alias-bomb", "alias-bomb.yaml");
    plan(dir, "d-latin1", "latin1.yaml");
    plan(dir, "e-bad-monitoring", "plan.yaml");
    Files.createDirectories(dir.resolve("e-bad-monitoring/monitoring"));
    Files.copy(
        CORPUS.resolve("negative-count.yaml"),
        dir.resolve("e-bad-monitoring/monitoring/2026.yaml"));
    Files.createDirectories(dir.resolve("f-too-big"));
    try (var huge = new RandomAccessFile(dir.resolve("f-too-big/plan.yaml").toFile(), "rw")) {
      huge.setLength(300L * 1024 * 1024);
    }
    plan(dir, "g-good", "plan.yaml");
    Path out = dir.resolve("reports");

    // WHEN
    Jar.Run run =
        Jar.run(
            dir,
            Duration.ofSeconds(120),
            List.of("-Xmx256m"),
            "check",
            ".",
            "--as-of",
            "2027-04-01",
            "--format",
            "json",
            "--output",
            out.toString());

    // THEN
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("5 of 7 plans could not be read").doesNotContain("\tat ");
    assertThat(run.out())
        .containsPattern("a-good/plan.yaml +HOSTILE-1 ")
        .contains("b-binary/plan.yaml:1:1: not UTF-8: byte 0x89 is not valid here")
        .contains("c-alias-bomb/plan.yaml:14:10: plan.g[0]: YAML aliases expand to more than")
        .contains("d-latin1/plan.yaml:5:25: not UTF-8: byte 0xE9")
        .contains(
            "e-bad-monitoring/monitoring/2026.yaml:8:14: report.values[0].value: must be greater"
                + " than or equal to 0")
        .contains("f-too-big/plan.yaml: file too big: 314572800 bytes")
        .containsPattern("g-good/plan.yaml +HOSTILE-1 ");
    assertThat(out.resolve("a-good.json")).isNotEmptyFile();
    assertThat(out.resolve("g-good.json")).isNotEmptyFile();
    try (var reports = Files.list(out)) {
      assertThat(reports.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("a-good.json", "g-good.json", "summary.csv");
    }
    assertThat(out.resolve("summary.csv"))
        .content()
        .contains(
            "b-binary/plan.yaml", "c-alias-bomb", "d-latin1", "e-bad-monitoring", "f-too-big");
  }

  @Test
  void should_exit_2_with_a_message_when_standard_output_cannot_be_written(@TempDir Path dir)
      throws Exception {
    // GIVEN a full disk behind standard output
    Files.copy(CORPUS.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    Path err = dir.resolve("err.txt");

    // WHEN
    Process process =
        Jar.start(
            dir, List.of(), Path.of("/dev/full"), err, "check", "plan.yaml", "--fail-on", "never");

    // THEN
    assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err)
        .content()
        .contains("napcheck: cannot write to standard output: No space left on device");
  }

  @Test
  void should_say_a_folder_cannot_be_written_naming_the_report_not_a_temporary_file(
      @TempDir Path dir) throws Exception {
    // GIVEN a folder no one may write into, and napcheck run by someone who is not root
    Files.copy(CORPUS.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(
        dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        dir.resolve("plan.yaml"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(
        locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    var command = new java.util.ArrayList<String>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            Jar.JAR.toString(),
            "check",
            "plan.yaml",
            "--output",
            "locked/report.txt"));

    // WHEN
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String said = new String(process.getInputStream().readAllBytes(), UTF_8);

    // THEN
    assertThat(process.waitFor()).as(said).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(said)
        .contains("napcheck: cannot write locked/report.txt: permission denied")
        .doesNotContain(".tmp", "cannot read");
  }

  private static void plan(Path dir, String folder, String corpusFile) throws Exception {
    Files.createDirectories(dir.resolve(folder));
    Files.copy(CORPUS.resolve(corpusFile), dir.resolve(folder).resolve("plan.yaml"));
  }
}
