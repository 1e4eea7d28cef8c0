package org.napcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the napcheck jar as a user would, in a separate process. */
final class Jar {
  static final Path ROOT =
      Path.of(System.getProperty("napcheck.root", "..")).toAbsolutePath().normalize();
  static final Path JAR =
      Path.of(System.getProperty("napcheck.jar", "target/napcheck.jar")).toAbsolutePath();
  static final Path LUXEMBOURG = ROOT.resolve("nap-examples/data/lu-wps-2");
  private static final boolean RESETS_SIGNALS = resetsSignals();

  /** What a run printed and how it ended. */
  record Run(int exitCode, String out, String err) {}

  private Jar() {}

  static Run run(Path workingDirectory, String... args) throws IOException, InterruptedException {
    return run(workingDirectory, Duration.ofSeconds(120), List.of(), args);
  }

  /**
   * Runs the jar with options for the JVM (e.g. {@code -Xmx128m}); fails when it has not finished
   * within {@code timeout}, a guard against hangs, not a measure of speed.
   */
  static Run run(Path workingDirectory, Duration timeout, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("napcheck-out", ".txt");
    Path err = Files.createTempFile("napcheck-err", ".txt");
    try {
      Process process = start(workingDirectory, jvmOptions, out, err, args);
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "napcheck did not finish within " + timeout.toSeconds() + " s: " + List.of(args));
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static Run run(String... args) throws IOException, InterruptedException {
    return run(ROOT, args);
  }

  /**
   * Starts the jar, its output and errors going to files, and returns at once. SIGINT and SIGTERM
   * are at their default handling, as for a command typed at a terminal: a process started in the
   * background by a shell ignores SIGINT, and passes that on to its children, the JVM included, so
   * that a build started so would see napcheck ignore Ctrl-C.
   */
  static Process start(
      Path workingDirectory, List<String> jvmOptions, Path out, Path err, String... args)
      throws IOException {
    var command = new ArrayList<String>();
    if (RESETS_SIGNALS) {
      command.addAll(List.of("env", "--default-signal=INT,TERM"));
    }
    command.add(javaBinary());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .directory(workingDirectory.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
  }

  /** GNU env can reset signals to their default handling (coreutils 8.31 and later). */
  private static boolean resetsSignals() {
    try {
      return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
