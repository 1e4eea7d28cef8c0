package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./napcheck} launcher, in a checkout of its own (the script, and the jar in {@code
 * nap-cli/target}), where it writes its class-data archive on the first check.
 */
class LauncherIT {
  private static final Path CORPUS = Path.of("src/test/resources/hostile").toAbsolutePath();

  @Test
  void should_write_the_archive_through_a_symbolic_link_and_keep_it(@TempDir Path root)
      throws Exception {
    // GIVEN the archive's place is a link to a folder elsewhere
    Path target = checkout(root);
    Path archives = Files.createDirectories(root.resolve("archives"));
    Path link =
        Files.createSymbolicLink(target.resolve("napcheck.jsa"), archives.resolve("napcheck.jsa"));
    Files.copy(CORPUS.resolve("plan.yaml"), root.resolve("plan.yaml"));

    // WHEN
    Process process =
        launcher(root, "check", "plan.yaml", "--as-of", "2027-04-01", "--fail-on", "never");

    // THEN
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
    assertThat(archives.resolve("napcheck.jsa")).isNotEmptyFile();
    assertThat(partials(target)).isEmpty();
  }

  @Test
  void should_pass_sigterm_to_java_and_leave_no_partial_archive(@TempDir Path root)
      throws Exception {
    // GIVEN a first check, long enough to be stopped, while the archive is to be written
    Path target = checkout(root);
    Files.writeString(root.resolve("plan.yaml"), SignalsIT.bigPlan(10_000));
    Process process =
        launcher(
            root,
            "check",
            "plan.yaml",
            "--as-of",
            "2031-01-01",
            "--format",
            "html",
            "--output",
            "report.html");
    List<ProcessHandle> java = List.of();
    try {
      for (int i = 0; i < 200 && java.isEmpty(); i++) {
        Thread.sleep(50);
        java = process.descendants().toList();
      }
      assertThat(java).as("java started").isNotEmpty();
      Thread.sleep(1500);

      // WHEN
      process.destroy();

      // THEN the launcher ends with Java, which stopped, and the partial archive is gone
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher stopped").isTrue();
      for (ProcessHandle child : java) {
        assertThat(child.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
      }
      assertThat(process.exitValue()).isNotIn(0, 1);
      assertThat(partials(target)).isEmpty();
      assertThat(target.resolve("napcheck.jsa")).doesNotExist();
    } finally {
      java.forEach(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void should_exit_2_in_words_when_java_will_not_start_with_the_options_given(@TempDir Path root)
      throws Exception {
    // GIVEN an option the JVM does not know
    checkout(root);

    // WHEN
    Process process =
        launcher(root, java.util.Map.of("NAPCHECK_JAVA_OPTS", "-XX:+NoSuchOption"), "--version");

    // THEN exit 2 ("could not run"), not 1 ("findings")
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(root.resolve("err.txt"))
        .content()
        .contains("napcheck: Java will not start with the options given")
        .contains("NoSuchOption");
  }

  @Test
  void should_rebuild_after_a_source_is_deleted_and_exit_2_when_the_build_fails(@TempDir Path root)
      throws Exception {
    // GIVEN a source folder older than the jar, from which a source is then deleted
    Path sources = Files.createDirectories(root.resolve("nap-x/src/main/java"));
    Path source = Files.writeString(sources.resolve("Gone.java"), "class Gone {}");
    var old = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    Files.setLastModifiedTime(source, old);
    Files.setLastModifiedTime(sources, old);
    checkout(root);
    Thread.sleep(1100);
    Files.delete(source);

    // WHEN: the launcher sees the jar stale and builds; there is no project to build here
    Process process = launcher(root, java.util.Map.of(), "--version");

    // THEN
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(root.resolve("err.txt"))
        .content()
        .contains("napcheck: building the jar")
        .contains("napcheck: the build failed");
    assertThat(process.exitValue()).isEqualTo(2);
  }

  /** A checkout with the launcher and the jar, nothing to build. */
  private static Path checkout(Path root) throws Exception {
    Files.copy(Jar.ROOT.resolve("napcheck"), root.resolve("napcheck"));
    Path target = Files.createDirectories(root.resolve("nap-cli/target"));
    Files.createSymbolicLink(target.resolve("napcheck.jar"), Jar.JAR);
    return target;
  }

  private static Process launcher(Path root, String... args) throws Exception {
    return launcher(root, java.util.Map.of(), args);
  }

  private static Process launcher(Path root, java.util.Map<String, String> env, String... args)
      throws Exception {
    var command = new java.util.ArrayList<String>(List.of("bash", "napcheck"));
    command.addAll(List.of(args));
    var builder =
        new ProcessBuilder(command)
            .directory(root.toFile())
            .redirectOutput(root.resolve("out.txt").toFile())
            .redirectError(root.resolve("err.txt").toFile());
    // The java on the PATH, as for a user: the one running the tests.
    builder
        .environment()
        .put(
            "PATH",
            Path.of(System.getProperty("java.home"), "bin")
                + java.io.File.pathSeparator
                + System.getenv("PATH"));
    builder.environment().putAll(env);
    return builder.start();
  }

  private static List<Path> partials(Path target) throws Exception {
    try (var files = Files.list(target)) {
      return files.filter(file -> file.toString().endsWith(".partial")).toList();
    }
  }
}
