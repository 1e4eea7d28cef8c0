package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  private final AtomicFiles files = new AtomicFiles();

  @Test
  void should_write_a_new_file_as_utf8_creating_its_folder(@TempDir Path folder)
      throws IOException {
    // GIVEN
    Path target = folder.resolve("reports").resolve("2026").resolve("report.json");

    // WHEN
    files.write(target, "« Femmes, paix et sécurité »\n");

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
    files.write(target, new byte[] {'n', 'e', 'w'});

    // THEN
    assertThat(target).hasContent("new");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void should_follow_a_symbolic_link_and_keep_it(@TempDir Path folder) throws IOException {
    // GIVEN a link, through a second link, to a file in another folder
    Path real =
        Files.writeString(Files.createDirectory(folder.resolve("real")).resolve("r.txt"), "old");
    Path middle = Files.createSymbolicLink(folder.resolve("middle.txt"), Path.of("real/r.txt"));
    Path link = Files.createSymbolicLink(folder.resolve("report.txt"), Path.of("middle.txt"));

    // WHEN
    files.write(link, "new");

    // THEN
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isSymbolicLink(middle)).isTrue();
    assertThat(real).hasContent("new");
  }

  @Test
  void should_create_the_file_a_dangling_link_points_to(@TempDir Path folder) throws IOException {
    // GIVEN
    Path link = Files.createSymbolicLink(folder.resolve("report.txt"), Path.of("new.txt"));

    // WHEN
    files.write(link, "new");

    // THEN
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(folder.resolve("new.txt")).hasContent("new");
  }

  @Test
  void should_refuse_a_folder_and_a_loop_of_links(@TempDir Path folder) throws IOException {
    // GIVEN
    Path empty = Files.createDirectory(folder.resolve("empty"));
    Path loop = Files.createSymbolicLink(folder.resolve("loop"), Path.of("loop"));

    // WHEN / THEN
    assertThatThrownBy(() -> files.write(empty, "x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is a folder, not a file");
    assertThat(empty).isEmptyDirectory();
    assertThatThrownBy(() -> files.write(loop, "x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("too many levels of symbolic links");
  }

  @Test
  void should_write_into_a_fifo_without_replacing_it(@TempDir Path folder) throws Exception {
    // GIVEN a FIFO, and a process reading it
    Path fifo = folder.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path received = folder.resolve("received");
    Process reader =
        new ProcessBuilder("cat", fifo.toString()).redirectOutput(received.toFile()).start();

    // WHEN
    files.write(fifo, "report");

    // THEN
    assertThat(reader.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(received).hasContent("report");
    assertThat(Files.exists(fifo) && !Files.isRegularFile(fifo)).as("still a FIFO").isTrue();
  }

  @Test
  void should_give_readers_the_old_or_the_new_file_never_a_mix(@TempDir Path folder)
      throws Exception {
    // GIVEN two versions of a large file, written over each other while a reader reads
    Path target = folder.resolve("plan.yaml");
    String first = "a".repeat(1_000_000);
    String second = "b".repeat(1_000_000);
    files.write(target, first);
    var writes = new java.util.concurrent.atomic.AtomicInteger();
    var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
    var writer =
        new Thread(
            () -> {
              try {
                for (int i = 0; i < 20; i++) {
                  files.write(target, i % 2 == 0 ? second : first);
                  writes.incrementAndGet();
                }
              } catch (IOException | RuntimeException e) {
                failure.set(e);
              }
            });

    // WHEN the file is read again and again while it is replaced
    writer.start();
    int reads = 0;
    int readsDuringWrites = 0;
    do {
      int before = writes.get();
      String seen = Files.readString(target);

      // THEN every read sees one whole version
      assertThat(seen.equals(first) || seen.equals(second)).as("a whole version").isTrue();
      reads++;
      readsDuringWrites += before < 20 ? 1 : 0;
    } while (writer.isAlive() || reads < 3);
    writer.join();
    assertThat(failure.get()).as("the writer's failure").isNull();
    assertThat(writes.get()).as("versions written").isEqualTo(20);
    assertThat(readsDuringWrites).as("reads while the writer wrote").isPositive();
  }
}
