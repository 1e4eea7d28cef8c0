package org.napcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output or standard error is a terminal, for colours and progress lines. Java 17
 * can only tell whether the process has a console (both streams and input); on Linux the file
 * descriptors say it for each stream.
 */
final class Terminal {
  private Terminal() {}

  static boolean isStdout() {
    return isTerminal(1);
  }

  static boolean isStderr() {
    return isTerminal(2);
  }

  private static boolean isTerminal(int descriptor) {
    Path link = Path.of("/proc/self/fd/" + descriptor);
    if (Files.isSymbolicLink(link)) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
