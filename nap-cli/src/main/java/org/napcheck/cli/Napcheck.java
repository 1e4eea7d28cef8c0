package org.napcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import org.napcheck.io.AtomicFiles;
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
    // Hibernate Validator logs through JBoss Logging: send it to the command's SLF4J binding.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    // The libraries are silent (simplelogger.properties); with --debug, their warnings show.
    if (List.of(args).contains("--debug")) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    // Stopped by SIGTERM or Ctrl-C while a report is written: the old report stays, no litter.
    Runtime.getRuntime()
        .addShutdownHook(new Thread(AtomicFiles::abortWrites, "napcheck-abort-writes"));
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
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
