package org.napcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** What a run printed and how it ended. */
  record Run(int exitCode, String out, String err) {}

  private Jar() {}

  static Run run(Path workingDirectory, String... args) throws IOException, InterruptedException {
    var command = new ArrayList<String>(List.of(javaBinary(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("napcheck-out", ".txt");
    Path err = Files.createTempFile("napcheck-err", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(workingDirectory.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("napcheck did not finish within 120 s: " + command);
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

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
