package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Folders of plans checked, and reports written where writing is hard (over a plan, into the folder
 * checked, through a link, into a FIFO, a device, a full disk), in process ({@link InProcess}) from
 * the {@link WorkingFolder}, with files named as a user names them; what needs a process of its own
 * is in {@link FaultsIT}.
 */
class FaultsTest {
  /** The command in process, within two minutes: a guard against hangs (a FIFO no one reads). */
  private static Jar.Run napcheck(String... args) {
    return assertTimeoutPreemptively(Duration.ofMinutes(2), () -> InProcess.run(args));
  }

  @Test
  void should_never_write_a_report_over_a_plan_nor_read_one_as_a_plan() throws Exception {
    // GIVEN a plan at the root of the folder, and the output folder holding a plan of its own
    Path dir = WorkingFolder.emptied();
    Files.copy(HostileCorpus.FOLDER.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    Files.createDirectories(dir.resolve("sub"));
    Path inner =
        Files.copy(
            HostileCorpus.FOLDER.resolve("terminal-escapes.json"), dir.resolve("sub/plan.json"));
    byte[] before = Files.readAllBytes(inner);

    // WHEN
    Jar.Run run =
        napcheck(
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
  void should_give_the_same_result_when_a_folder_is_checked_twice_into_a_folder_inside_it()
      throws Exception {
    // GIVEN a plan at the root and one in a subfolder, reports going into DIR/reports
    Path dir = WorkingFolder.emptied();
    Files.copy(HostileCorpus.FOLDER.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    plan(dir, "a", "plan.yaml");
    String[] args = {
      "check", ".", "--as-of", "2027-04-01", "--format", "json", "--output", "reports"
    };

    // WHEN run twice
    Jar.Run first = napcheck(args);
    Jar.Run second = napcheck(args);

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
  void should_refuse_to_write_reports_into_a_monitoring_folder_that_is_read() throws Exception {
    // GIVEN
    Path dir = WorkingFolder.emptied();
    plan(dir, "a", "plan.yaml");
    Files.createDirectories(dir.resolve("a/monitoring"));

    // WHEN
    Jar.Run run = napcheck("check", ".", "--output", "a/monitoring");

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
  void should_write_through_a_symbolic_link_and_into_a_fifo_without_replacing_them()
      throws Exception {
    // GIVEN a link to a report of last year, and a FIFO read by another process
    Path dir = WorkingFolder.emptied();
    Files.copy(HostileCorpus.FOLDER.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    Path target = Files.writeString(dir.resolve("last-year.txt"), "old report");
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), Path.of("last-year.txt"));
    Path fifo = dir.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path received = dir.resolve("received.txt");
    Process reader =
        new ProcessBuilder("cat", fifo.toString()).redirectOutput(received.toFile()).start();

    // WHEN
    Jar.Run throughLink = napcheck("check", "plan.yaml", "--output", "report.txt");
    Jar.Run intoFifo = napcheck("check", "plan.yaml", "--output", "fifo");

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
  void should_write_into_a_device_without_replacing_it() throws Exception {
    // GIVEN a null device: made here where we may (root), so that a failure harms no one
    Path dir = WorkingFolder.emptied();
    Files.copy(HostileCorpus.FOLDER.resolve("plan.yaml"), dir.resolve("plan.yaml"));
    boolean root = "root".equals(System.getProperty("user.name"));
    Path device = root ? dir.resolve("null") : Path.of("/dev/null");
    if (root) {
      assertThat(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor())
          .isZero();
    }

    // WHEN
    Jar.Run run = napcheck("check", "plan.yaml", "--output", device.toString());

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
  void should_name_the_report_when_the_device_it_is_written_to_is_full() throws Exception {
    // GIVEN
    Path dir = WorkingFolder.emptied();
    Files.copy(HostileCorpus.FOLDER.resolve("plan.yaml"), dir.resolve("plan.yaml"));

    // WHEN
    Jar.Run run = napcheck("check", "plan.yaml", "--output", "/dev/full");

    // THEN
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("napcheck: cannot write /dev/full: No space left on device");
  }

  @Test
  void should_name_the_report_not_a_temporary_file_when_the_disk_is_full() throws Exception {
    // GIVEN a file system of 64 KiB, full (made where we may: as root)
    Path dir = WorkingFolder.emptied();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")), "mounting a small disk needs root");
    Files.copy(HostileCorpus.FOLDER.resolve("plan.yaml"), dir.resolve("plan.yaml"));
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
      Jar.Run run = napcheck("check", "plan.yaml", "--output", "disk/report.txt");

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

  private static void plan(Path dir, String folder, String corpusFile) throws Exception {
    Files.createDirectories(dir.resolve(folder));
    Files.copy(HostileCorpus.FOLDER.resolve(corpusFile), dir.resolve(folder).resolve("plan.yaml"));
  }
}
