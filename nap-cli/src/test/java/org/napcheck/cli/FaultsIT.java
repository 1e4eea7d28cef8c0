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
 * A folder of plans sent by many bodies, some broken in every way the corpus knows: the rest are
 * checked, the summary names each failure where it is, and the exit code says some failed.
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
  void should_never_write_a_report_over_a_plan_nor_read_one_as_a_plan(@TempDir Path dir)
      throws Exception {
    // GIVEN a plan at the root of the folder, and the output folder holding a plan of its own
    Files.copy(CORPUS.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    Files.createDirectories(dir.resolve("sub"));
    Path inner = Files.copy(CORPUS.resolve("terminal-escapes.json"), dir.resolve("sub/plan.json"));
    byte[] before = Files.readAllBytes(inner);

    // WHEN
    Jar.Run run =
        Jar.run(
            dir,
            Duration.ofSeconds(60),
            List.of(),
            "check",
            ".",
            "--as-of",
            "2027-04-01",
            "--fail-on",
            "never",
            "--format",
            "json",
            "--output",
            "sub");

    // THEN the plan in the output folder is left alone, and the report takes another name
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(Files.readAllBytes(inner)).isEqualTo(before);
    assertThat(dir.resolve("sub/plan-report.json")).content().contains("\"plan\": \"HOSTILE-1\"");
    assertThat(run.out()).contains("plan.yaml").doesNotContain("sub/plan.json");
  }

  @Test
  void should_give_the_same_result_when_a_folder_is_checked_twice_into_a_folder_inside_it(
      @TempDir Path dir) throws Exception {
    // GIVEN a plan at the root and one in a subfolder, reports going into DIR/reports
    Files.copy(CORPUS.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    plan(dir, "a", "plan.yaml");
    String[] args = {
      "check", ".", "--as-of", "2027-04-01", "--format", "json", "--output", "reports"
    };

    // WHEN run twice
    Jar.Run first = Jar.run(dir, Duration.ofSeconds(60), List.of(), args);
    Jar.Run second = Jar.run(dir, Duration.ofSeconds(60), List.of(), args);

    // THEN
    assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(second.exitCode()).as(second.err()).isEqualTo(first.exitCode());
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEqualTo(first.err());
    try (var reports = Files.list(dir.resolve("reports"))) {
      assertThat(reports.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("plan-report.json", "a.json", "summary.csv");
    }
  }

  @Test
  void should_refuse_to_write_reports_into_a_monitoring_folder_that_is_read(@TempDir Path dir)
      throws Exception {
    // GIVEN
    plan(dir, "a", "plan.yaml");
    Files.createDirectories(dir.resolve("a/monitoring"));

    // WHEN
    Jar.Run run =
        Jar.run(dir, Duration.ofSeconds(60), List.of(), "check", ".", "--output", "a/monitoring");

    // THEN
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err())
        .contains(
            "napcheck: --output a/monitoring is the monitoring folder of ./a/plan.yaml: the"
                + " reports would be read as monitoring data");
    try (var files = Files.list(dir.resolve("a/monitoring"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void should_write_through_a_symbolic_link_and_into_a_fifo_without_replacing_them(
      @TempDir Path dir) throws Exception {
    // GIVEN a link to a report of last year, and a FIFO read by another process
    Files.copy(CORPUS.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    Path target = Files.writeString(dir.resolve("last-year.txt"), "old report");
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), Path.of("last-year.txt"));
    Path fifo = dir.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path received = dir.resolve("received.txt");
    Process reader =
        new ProcessBuilder("cat", fifo.toString()).redirectOutput(received.toFile()).start();

    // WHEN
    Jar.Run throughLink = Jar.run(dir, "check", "plan.yaml", "--output", "report.txt");
    Jar.Run intoFifo = Jar.run(dir, "check", "plan.yaml", "--output", "fifo");

    // THEN the link is still a link, to the new report; the FIFO a FIFO, its reader got the report
    assertThat(throughLink.exitCode()).as(throughLink.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).content().contains("HOSTILE-1");
    assertThat(intoFifo.exitCode()).as(intoFifo.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(reader.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(received).content().contains("HOSTILE-1");
    assertThat(Files.exists(fifo) && !Files.isRegularFile(fifo)).as("still a FIFO").isTrue();
  }

  @Test
  void should_write_into_a_device_without_replacing_it(@TempDir Path dir) throws Exception {
    // GIVEN a null device: made here where we may (root), so that a failure harms no one
    Files.copy(CORPUS.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    boolean root = "root".equals(System.getProperty("user.name"));
    Path device = root ? dir.resolve("null") : Path.of("/dev/null");
    if (root) {
      assertThat(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor())
          .isZero();
    }

    // WHEN
    Jar.Run run = Jar.run(dir, "check", "plan.yaml", "--output", device.toString());

    // THEN
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(Files.isRegularFile(device)).as("still a device").isFalse();
    assertThat(Files.exists(device)).isTrue();
    try (var files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .as("no temporary file left")
          .noneMatch(name -> name.startsWith("."));
    }
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
  void should_name_the_report_when_the_device_it_is_written_to_is_full(@TempDir Path dir)
      throws Exception {
    // GIVEN
    Files.copy(CORPUS.resolve("plan.yaml"), dir.resolve("plan.yaml"));

    // WHEN
    Jar.Run run = Jar.run(dir, "check", "plan.yaml", "--output", "/dev/full");

    // THEN
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("napcheck: cannot write /dev/full: No space left on device");
  }

  @Test
  void should_name_the_report_not_a_temporary_file_when_the_disk_is_full(@TempDir Path dir)
      throws Exception {
    // GIVEN a file system of 64 KiB, full (made where we may: as root)
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")), "mounting a small disk needs root");
    Files.copy(CORPUS.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    Path disk = Files.createDirectories(dir.resolve("disk"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString())
                .start()
                .waitFor()
            == 0,
        "tmpfs cannot be mounted here");
    try {
      Files.write(disk.resolve("fill"), new byte[60_000]);

      // WHEN
      Jar.Run run = Jar.run(dir, "check", "plan.yaml", "--output", "disk/report.txt");

      // THEN
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(run.err())
          .contains("napcheck: cannot write disk/report.txt: No space left on device")
          .doesNotContain(".tmp");
      try (var files = Files.list(disk)) {
        assertThat(files.map(file -> file.getFileName().toString())).containsExactly("fill");
      }
    } finally {
      new ProcessBuilder("umount", disk.toString()).start().waitFor();
    }
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
