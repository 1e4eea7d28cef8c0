package org.napcheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code napcheck} command: checks national action plans on Women, Peace and Security. */
@Command(
    name = "napcheck",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Checks national action plans on Women, Peace and Security for gaps.",
    subcommands = {
      CheckCommand.class,
      RulesCommand.class,
      ValidateCommand.class,
      DiffCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;",
      "            2 bad input or usage; 3 napcheck itself failed."
    })
public final class Napcheck implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Read before parsing, for --help in French; hidden, since each command shows its own. */
  @CommandLine.Option(names = "--lang", hidden = true)
  String lang;

  public static void main(String[] args) {
    quietLibraries(args);
    // Stopped by SIGTERM or Ctrl-C while a report is written: the old report stays, no litter.
    Runtime.getRuntime()
        .addShutdownHook(new Thread(Options.REPORT_FILES::abort, "napcheck-abort-writes"));
    var stdout = new StandardOutput();
    // The platform's charset, as System.out's; the stream is checked for failures, which
    // System.out would swallow (a full disk, a reader gone).
    var out = new PrintWriter(new OutputStreamWriter(stdout, Charset.defaultCharset()), true);
    var err = new PrintWriter(System.err, true);
    int exitCode = run(args, out, err);
    if (out.checkError()) {
      Words words = Words.isFrenchAsked(args) ? new Words(Locale.FRENCH) : Words.ENGLISH;
      err.println(
          words.get("prefix")
              + words.get(
                  "stdoutFailed", Errors.printable(String.valueOf(stdout.failure.getMessage()))));
      exitCode = Math.max(exitCode, ExitCode.BAD_INPUT);
    }
    System.exit(exitCode);
  }

  /** File descriptor 1, keeping the last failure to write to it. */
  private static final class StandardOutput extends OutputStream {
    private final FileOutputStream descriptor = new FileOutputStream(FileDescriptor.out);
    private IOException failure = new IOException("unknown error");

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        descriptor.write(bytes, offset, length);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      descriptor.flush();
    }
  }

  /** Before any library logs: what they say goes nowhere, or with --debug, their warnings. */
  static void quietLibraries(String[] args) {
    // Hibernate Validator logs through JBoss Logging: send it to the command's SLF4J binding.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    // The libraries are silent (simplelogger.properties); with --debug, their warnings show.
    if (List.of(args).contains("--debug")) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  /** Runs the command with the given streams and returns its exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Napcheck());
    if (Words.isFrenchAsked(args)) {
      commandLine.setResourceBundle(Words.frenchHelp());
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new Errors());
    commandLine.setParameterExceptionHandler(Errors::usage);
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands on errors, which would end with the JVM's stack trace and exit code 1.
      err.println(
          "napcheck: out of memory: the input needs more than the "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MiB Java may use; give it more, e.g. java -Xmx4g -jar napcheck.jar ...");
      err.flush();
      return ExitCode.INTERNAL_ERROR;
    } catch (Error e) {
      Errors.report(e, err);
      if (List.of(args).contains("--debug")) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCode.INTERNAL_ERROR;
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
