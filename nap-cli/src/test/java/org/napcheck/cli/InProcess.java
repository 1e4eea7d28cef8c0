package org.napcheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command in this JVM, through {@link Napcheck#run}, as the jar's {@code main} does but
 * for {@code System.exit}: the same parsing, checks, files, messages and exit codes, without
 * starting a process. Whatever a library prints to {@code System.out} or {@code System.err}
 * meanwhile is caught and counted as the command's, so tests that the libraries stay quiet still
 * hold. Relative paths are read from the JVM's working directory, which is the module's folder for
 * the ITs and the {@link WorkingFolder} for the unit tests: give paths whole, or lay the files in
 * the working folder. What needs a real process (the shaded jar, signals, memory limits, standard
 * output failing, the launcher) is tested through {@link Jar}.
 */
final class InProcess {
  private InProcess() {}

  static synchronized Jar.Run run(String... args) {
    Napcheck.quietLibraries(args);
    var out = new StringWriter();
    var err = new StringWriter();
    var printedOut = new ByteArrayOutputStream();
    var printedErr = new ByteArrayOutputStream();
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    int exitCode;
    try {
      System.setOut(new PrintStream(printedOut, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(printedErr, true, StandardCharsets.UTF_8));
      exitCode = Napcheck.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    } finally {
      System.setOut(systemOut);
      System.setErr(systemErr);
    }
    return new Jar.Run(
        exitCode,
        printedOut.toString(StandardCharsets.UTF_8) + out,
        printedErr.toString(StandardCharsets.UTF_8) + err);
  }
}
