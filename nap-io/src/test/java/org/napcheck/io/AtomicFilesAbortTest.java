package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AtomicFiles#abort()} ends the writes of one writer. What it does to a write under way is
 * shown through the jar, by killing it (nap-cli's SignalsIT).
 */
class AtomicFilesAbortTest {

  @Test
  void should_refuse_every_write_after_an_abort_and_leave_the_target_as_it_was(@TempDir Path folder)
      throws IOException {
    // GIVEN last month's report
    Path target = Files.writeString(folder.resolve("report.html"), "old");
    var files = new AtomicFiles();

    // WHEN
    files.abort();

    // THEN
    assertThatThrownBy(() -> files.write(target, "new"))
        .isInstanceOf(IOException.class)
        .hasMessage("not written, writing was stopped: " + target);
    assertThatThrownBy(() -> files.write(target, new byte[] {1}))
        .hasMessage("not written, writing was stopped: " + target);
    assertThat(target).hasContent("old");
    try (var listed = Files.list(folder)) {
      assertThat(listed).containsExactly(target);
    }
  }

  @Test
  void should_leave_the_writes_of_other_writers_alone(@TempDir Path folder) throws IOException {
    // GIVEN one writer aborted
    new AtomicFiles().abort();

    // WHEN another writes
    new AtomicFiles().write(folder.resolve("report.json"), "{}");

    // THEN
    assertThat(folder.resolve("report.json")).hasContent("{}");
  }
}
