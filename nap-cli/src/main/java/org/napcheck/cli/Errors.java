package org.napcheck.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.napcheck.io.NapFormatException;
import org.napcheck.rules.RuleCompilationException;
import picocli.CommandLine;

/** Turns failures into messages for people, and exit codes; a stack trace only with --debug. */
final class Errors implements CommandLine.IExecutionExceptionHandler {

  /** A failure the command has already explained to the user. */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
      super(message);
    }
  }

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean debug =
        parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
    report(failure, err);
    if (debug) {
      failure.printStackTrace(err);
    }
    err.flush();
    return exitCode(failure);
  }

  static void report(Throwable failure, PrintWriter err) {
    err.println("napcheck: " + describe(failure));
  }

  /** What went wrong, in words, with no control character from the input but line breaks. */
  static String describe(Throwable failure) {
    return printable(explain(failure));
  }

  private static String explain(Throwable failure) {
    if (failure instanceof NapFormatException format) {
      int count = format.problems().size();
      return "cannot check: "
          + (count == 1 ? "1 problem" : count + " problems")
          + " in the input\n"
          + format.problems().stream()
              .map(problem -> "  " + problem)
              .collect(java.util.stream.Collectors.joining("\n"));
    }
    if (failure instanceof NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (failure instanceof AccessDeniedException denied) {
      return "cannot read " + denied.getFile() + ": permission denied";
    }
    if (failure instanceof RuleCompilationException
        || failure instanceof UserError
        || failure instanceof IllegalArgumentException) {
      return failure.getMessage();
    }
    if (failure instanceof java.io.IOException) {
      return "cannot read or write a file: " + failure.getMessage();
    }
    return "internal error: " + failure + " (run again with --debug and report it)";
  }

  /**
   * A message quotes the input, which may hold escape sequences that would move a terminal's cursor
   * or fake a line: every control character but the line break becomes U+FFFD.
   */
  static String printable(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c ->
                out.appendCodePoint(
                    c == '\n' || Character.getType(c) != Character.CONTROL ? c : '\uFFFD'));
    return out.toString();
  }

  static int exitCode(Throwable failure) {
    return List.of(
                NapFormatException.class,
                java.io.IOException.class,
                RuleCompilationException.class,
                UserError.class,
                IllegalArgumentException.class)
            .stream()
            .anyMatch(type -> type.isInstance(failure))
        ? ExitCode.BAD_INPUT
        : ExitCode.INTERNAL_ERROR;
  }

  static int usage(CommandLine.ParameterException problem, String[] args) {
    CommandLine commandLine = problem.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("napcheck: " + problem.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(problem, err)) {
      err.println("See '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
    }
    return ExitCode.BAD_INPUT;
  }
}
