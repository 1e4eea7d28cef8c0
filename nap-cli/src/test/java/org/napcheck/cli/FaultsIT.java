package org.napcheck.cli;

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

  private static void plan(Path dir, String folder, String corpusFile) throws Exception {
    Files.createDirectories(dir.resolve(folder));
    Files.copy(CORPUS.resolve(corpusFile), dir.resolve(folder).resolve("plan.yaml"));
  }
}
