package org.napcheck.cli;

import java.io.PrintWriter;
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

  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging: send it to the command's SLF4J binding.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command with the given streams and returns its exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Napcheck());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new Errors());
    commandLine.setParameterExceptionHandler(Errors::usage);
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
