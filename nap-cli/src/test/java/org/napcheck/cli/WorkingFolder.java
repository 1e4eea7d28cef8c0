package org.napcheck.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The working folder of this module's unit tests, {@code target/work-N} for the N-th JVM that runs
 * them (surefire's working directory in {@code pom.xml}), for tests that run the command in process
 * on files named as a user names them, relative to where the command runs. A test empties it before
 * it lays its files there.
 */
final class WorkingFolder {
  static final Path PATH = Path.of("").toAbsolutePath();

  private WorkingFolder() {}

  /**
   * Skips the test where the JVM runs elsewhere (an IDE's default: the module's folder, which must
   * never be emptied), except on CI (CI=true), where it fails.
   */
  static void assumeOwn() {
    boolean own =
        PATH.getParent().endsWith("target") && PATH.getFileName().toString().startsWith("work-");
    String where = "the working folder is target/work-N, as in pom.xml: " + PATH;
    if (!own && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(where);
    }
    assumeTrue(own, where);
  }

  /** The working folder, emptied. */
  static Path emptied() throws IOException {
    assumeOwn();
    try (Stream<Path> files = Files.walk(PATH)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        if (!file.equals(PATH)) {
          Files.delete(file);
        }
      }
    }
    return PATH;
  }
}
