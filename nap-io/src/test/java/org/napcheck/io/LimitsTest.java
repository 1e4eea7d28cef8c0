package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.napcheck.io.TestData.PLAN_HEAD;
import static org.napcheck.io.TestData.problemsOf;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile or broken files fail fast, in bounded memory, with a clear message. */
class LimitsTest {

  private static final Duration FAST = Duration.ofSeconds(5);

  private final NapReader reader = new NapReader();

  @Test
  void should_refuse_a_billion_laughs_yaml_quickly() {
    // GIVEN nine levels, each naming the level below nine times: 9^9 values if expanded
    var yaml = new StringBuilder(PLAN_HEAD).append("  lol0: &lol0 [lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      String below = "*lol" + (level - 1);
      yaml.append("  lol").append(level).append(": &lol").append(level).append(" [");
      yaml.append(String.join(", ", Collections.nCopies(9, below))).append("]\n");
    }

    // WHEN
    List<String> problems =
        assertTimeoutPreemptively(
            FAST, () -> problemsOf(() -> reader.readPlan(yaml.toString(), "laughs.yaml")));

    // THEN refused as soon as the aliases stand for a million values
    assertThat(problems)
        .containsExactly("13:23: plan.lol6[1]: YAML aliases expand to more than 1000000 values");
  }

  @Test
  void should_refuse_more_aliases_than_the_limit() {
    // GIVEN 51 aliases of a small list
    String yaml =
        PLAN_HEAD
            + "  x: &x [a]\n"
            + "  y: ["
            + String.join(", ", Collections.nCopies(51, "*x"))
            + "]\n";

    // WHEN / THEN refused at the 51st
    assertThat(problemsOf(() -> reader.readPlan(yaml, "aliases.yaml")))
        .containsExactly(
            "8:207: plan.y[50]: more than 50 YAML aliases (*name); napcheck refuses such files");
  }

  @Test
  void should_refuse_aliases_that_expand_too_far_even_below_the_alias_limit() {
    // GIVEN ten levels of five aliases each: 45 aliases, but 5^10 values once expanded
    var yaml = new StringBuilder(PLAN_HEAD).append("  a0: &a0 [x, x, x, x, x]\n");
    for (int level = 1; level <= 9; level++) {
      String below = "*a" + (level - 1);
      yaml.append("  a").append(level).append(": &a").append(level).append(" [");
      yaml.append(String.join(", ", Collections.nCopies(5, below))).append("]\n");
    }

    // WHEN
    List<String> problems =
        assertTimeoutPreemptively(
            FAST, () -> problemsOf(() -> reader.readPlan(yaml.toString(), "laughs.yaml")));

    // THEN
    assertThat(problems)
        .singleElement()
        .asString()
        .endsWith("YAML aliases expand to more than 1000000 values");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"plan.json", "plan.yaml"})
  void should_refuse_ten_thousand_levels_of_nesting(String name) {
    // GIVEN
    String deep = "{\"napcheck\": 1, \"plan\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    // WHEN
    List<String> problems =
        assertTimeoutPreemptively(FAST, () -> problemsOf(() -> reader.readPlan(deep, name)));

    // THEN
    assertThat(problems).singleElement().asString().endsWith("nested more than 100 levels deep");
    assertThat(problems.get(0)).startsWith("1:124: plan[0]");
  }

  @Test
  void should_refuse_an_oversize_file_before_reading_it(@TempDir Path folder) throws Exception {
    // GIVEN a 1 GiB file that holds nothing (sparse), far above the 20 MiB default
    Path huge = folder.resolve("plan.yaml");
    try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(1024L * 1024 * 1024);
    }

    // WHEN
    List<String> problems =
        assertTimeoutPreemptively(FAST, () -> problemsOf(() -> reader.readPlan(huge)));

    // THEN
    assertThat(problems)
        .containsExactly(
            "file too big: 1073741824 bytes, more than the limit of 20971520 bytes (20 MiB)");
  }

  @Test
  void should_stop_reading_an_endless_stream_just_past_the_limit() {
    // GIVEN a stream that never ends, and a 1 KiB limit
    var endless = new CountingEndlessStream();
    NapReader small = reader.withLimits(ReadLimits.defaults().withMaxFileSize(1024));

    // WHEN
    List<String> problems = problemsOf(() -> small.readPlan(endless, "<stdin>"));

    // THEN
    assertThat(problems)
        .containsExactly("file too big: 1025 bytes, more than the limit of 1024 bytes (1 KiB)");
    assertThat(endless.read).isLessThanOrEqualTo(1025 + 8192);
  }

  @Test
  void should_refuse_a_text_longer_than_the_limit() {
    // GIVEN
    NapReader strict = reader.withLimits(ReadLimits.defaults().withMaxStringLength(10));

    // WHEN / THEN
    assertThat(
            problemsOf(
                () ->
                    strict.readPlan(
                        PLAN_HEAD.replace("title: T", "title: A much longer title"), "p.yaml")))
        .containsExactly("5:10: plan.title: a text longer than 10 characters");
  }

  @Test
  void should_refuse_a_csv_row_with_too_many_columns(@TempDir Path folder) throws IOException {
    // GIVEN a limit of nine cells, and a data row with a tenth
    NapReader strict = reader.withLimits(ReadLimits.defaults().withMaxCsvColumns(9));
    Path csv =
        Files.writeString(
            folder.resolve("values.csv"),
            "plan,year,reporter,indicator,value,female,male,other,unknown\n"
                + "P,2026,MFA,1.a.1-1,1,0,1,0,0,extra\n");

    // WHEN / THEN
    assertThat(problemsOf(() -> strict.readValuesCsv(csv)))
        .containsExactly("2:30: more than 9 columns in a row");
  }

  @Test
  void should_refuse_nonsensical_limits() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(0))
        .withMessage("maxNestingDepth must be at least 1: 0");
  }

  /** Bytes of a YAML comment, forever, counting how many were asked for. */
  private static final class CountingEndlessStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return '#';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      java.util.Arrays.fill(buffer, offset, offset + length, (byte) '#');
      read += length;
      return length;
    }
  }
}
