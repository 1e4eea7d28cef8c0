package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void should_write_a_new_file_as_utf8_creating_its_folder(@TempDir Path folder)
      throws IOException {
    // GIVEN
    Path target = folder.resolve("reports").resolve("2026").resolve("report.json");

    // WHEN
    AtomicFiles.write(target, "« Femmes, paix et sécurité »\n");

    // THEN
    assertThat(Files.readAllBytes(target))
        .isEqualTo("« Femmes, paix et sécurité »\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void should_replace_an_existing_file_and_leave_no_temporary_file(@TempDir Path folder)
      throws IOException {
    // GIVEN
    Path target = Files.writeString(folder.resolve("report.json"), "old and longer content");

    // WHEN
    AtomicFiles.write(target, new byte[] {'n', 'e', 'w'});

    // THEN
    assertThat(target).hasContent("new");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void should_give_readers_the_old_or_the_new_file_never_a_mix(@TempDir Path folder)
      throws Exception {
    // GIVEN two versions of a large file, written over each other while a reader reads
    Path target = folder.resolve("plan.yaml");
    String first = "a".repeat(1_000_000);
    String second = "b".repeat(1_000_000);
    AtomicFiles.write(target, first);
    var writer =
        new Thread(
            () -> {
              try {
                for (int i = 0; i < 20; i++) {
                  AtomicFiles.write(target, i % 2 == 0 ? second : first);
                }
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });

    // WHEN
    writer.start();
    while (writer.isAlive()) {
      String seen = Files.readString(target);

      // THEN
      assertThat(seen.equals(first) || seen.equals(second)).as("a whole version").isTrue();
    }
    writer.join();
  }
}
