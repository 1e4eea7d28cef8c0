package org.napcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.napcheck.io.NapFormatException;
import org.napcheck.rules.ExtraRuleException;
import org.napcheck.rules.RuleCompilationException;
import picocli.CommandLine;

/** Turns failures into messages for people, and exit codes; a stack trace only with --debug. */
final class Errors implements CommandLine.IExecutionExceptionHandler {

  /**
   * A failure the command explains to the user: a line of {@code cli*.properties}, told in the
   * run's language ({@link #of}), or words already written in it.
   */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] arguments;
    private final transient Words writtenIn;

    UserError(String message) {
      this(message, (Throwable) null);
    }

    UserError(String message, Throwable cause) {
      this(message, cause, null);
    }

    /** Words already written in the language of {@code words}, whatever the run's. */
    UserError(String message, Throwable cause, Words words) {
      super(message, cause);
      this.key = null;
      this.arguments = new Object[0];
      this.writtenIn = words;
    }

    private UserError(String key, Object[] arguments) {
      super(Words.ENGLISH.get(key, arguments));
      this.key = key;
      this.arguments = arguments.clone();
      this.writtenIn = null;
    }

    /** The failure told by the line {@code key}, e.g. {@code option.lang}. */
    static UserError of(String key, Object... arguments) {
      return new UserError(key, arguments);
    }

    String message(Words words) {
      return key == null ? getMessage() : words.get(key, arguments);
    }
  }

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean debug =
        parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
    String lang =
        parseResult.subcommand() == null
            ? null
            : parseResult.subcommand().matchedOptionValue("--lang", (String) null);
    Words words =
        failure instanceof UserError userError && userError.writtenIn != null
            ? userError.writtenIn
            : "fr".equalsIgnoreCase(lang) ? new Words(java.util.Locale.FRENCH) : Words.ENGLISH;
    err.println(words.get("prefix") + describe(failure, words));
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
    return describe(failure, Words.ENGLISH);
  }

  /** What went wrong, in the words of the run's language. */
  static String describe(Throwable failure, Words words) {
    return printable(explain(unwrapped(failure), words));
  }

  /** A file that could not be read inside a lambda is still a file that could not be read. */
  private static Throwable unwrapped(Throwable failure) {
    return failure instanceof java.io.UncheckedIOException unchecked
        ? unchecked.getCause()
        : failure;
  }

  private static String explain(Throwable failure, Words words) {
    if (failure instanceof NapFormatException format) {
      int listed = format.problems().size() - (format.unlisted() > 0 ? 1 : 0);
      return (format.unlisted() > 0
              ? words.get("problems.listed", format.total(), listed)
              : words.get("problems", format.total()))
          + "\n"
          + format.problems().stream()
              .map(problem -> "  " + oneLine(problem))
              .collect(java.util.stream.Collectors.joining("\n"));
    }
    if (failure instanceof NoSuchFileException missing) {
      return words.get("noSuchFile", name(missing.getFile()));
    }
    if (failure instanceof AccessDeniedException denied) {
      return words.get("accessDenied", name(denied.getFile()));
    }
    if (failure instanceof FileSystemException system
        && system.getFile() != null
        && system.getOtherFile() == null
        && Files.isDirectory(Path.of(system.getFile()))) {
      // a report asked for where a folder is: said in the run's words, not the system's
      return words.get("io.isFolder", name(system.getFile()));
    }
    if (failure instanceof FileSystemException system && system.getFile() != null) {
      return words.get(
          "io",
          name(system.getFile())
              + (system.getOtherFile() == null ? "" : " -> " + name(system.getOtherFile()))
              + (system.getReason() == null ? "" : ": " + lineBreaksOut(system.getReason())));
    }
    if (failure instanceof UserError userError) {
      return userError.message(words);
    }
    if (failure instanceof RuleCompilationException
        || failure instanceof ExtraRuleException
        || failure instanceof IllegalArgumentException) {
      return failure.getMessage();
    }
    if (failure instanceof java.io.IOException) {
      return words.get("io", failure.getMessage());
    }
    return words.get("internal", failure.toString());
  }

  /**
   * A file the command could not write, told as a write (the system's words say "permission
   * denied", or name no file at all when the disk is full).
   */
  static UserError writeFailed(Path target, IOException failure) {
    if (Files.isDirectory(target)) {
      return UserError.of("io.isFolder", name(target));
    }
    if (failure instanceof AccessDeniedException) {
      return withCause(UserError.of("write.denied", name(target)), failure);
    }
    String reason =
        failure instanceof FileSystemException system ? system.getReason() : failure.getMessage();
    return withCause(
        UserError.of("write.failed", name(target), lineBreaksOut(String.valueOf(reason))), failure);
  }

  private static UserError withCause(UserError error, Throwable cause) {
    error.initCause(cause);
    return error;
  }

  /**
   * A file name as messages show it: as it is, or, when it holds a line break or another control
   * character, in double quotes with escapes ({@code "a\nb.yaml"}), so that a name cannot forge a
   * line of the message nor drive the terminal.
   */
  static String name(Object file) {
    String text = String.valueOf(file);
    if (text.codePoints().noneMatch(Errors::isUnsafe)) {
      return text;
    }
    var quoted = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                  if (isUnsafe(c)) {
                    quoted.append(String.format("\\u%04x", c));
                  } else {
                    quoted.appendCodePoint(c);
                  }
                }
              }
            });
    return quoted.append('"').toString();
  }

  private static boolean isUnsafe(int c) {
    return Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029;
  }

  /** A problem on one line, its file named safely. */
  private static String oneLine(org.napcheck.io.Problem problem) {
    String text = problem.toString();
    if (problem.file() != null && text.startsWith(problem.file())) {
      text = name(problem.file()) + text.substring(problem.file().length());
    }
    return lineBreaksOut(text);
  }

  private static String lineBreaksOut(String text) {
    return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", "\uFFFD");
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

  static int exitCode(Throwable thrown) {
    Throwable failure = unwrapped(thrown);
    return List.of(
                NapFormatException.class,
                java.io.IOException.class,
                RuleCompilationException.class,
                ExtraRuleException.class,
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
    if (Words.isFrenchAsked(args)) {
      usageInFrench(problem, err);
      return ExitCode.BAD_INPUT;
    }
    err.println("napcheck: " + problem.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(problem, err)) {
      err.println("See '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
    }
    return ExitCode.BAD_INPUT;
  }

  /**
   * A mistake on the command line, in French: the kinds people make (a missing or unknown argument,
   * a bad value) in words of their own; any other as picocli says it, quoted.
   */
  private static void usageInFrench(CommandLine.ParameterException problem, PrintWriter err) {
    var words = new Words(java.util.Locale.FRENCH);
    String line;
    if (problem instanceof CommandLine.MissingParameterException missing) {
      line =
          words.get(
              "usage.missing",
              missing.getMissing().size(),
              String.join(", ", missing.getMissing().stream().map(Errors::argumentName).toList()));
    } else if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
      line =
          words.get(
              "usage.unknown",
              unmatched.getUnmatched().size(),
              String.join(" ", unmatched.getUnmatched()));
    } else if (problem.getArgSpec() != null && problem.getValue() != null) {
      line =
          words.get(
              "usage.badValue",
              argumentName(problem.getArgSpec()),
              problem.getValue(),
              problem.getMessage());
    } else {
      line = words.get("usage.other", problem.getMessage());
    }
    err.println(words.get("prefix") + line);
    if (problem instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      err.println(words.get("usage.suggestions", String.join(", ", unmatched.getSuggestions())));
    } else {
      err.println(
          words.get("usage.seeHelp", problem.getCommandLine().getCommandSpec().qualifiedName()));
    }
  }

  /** An option by its longest name, a positional parameter by its label, e.g. {@code PLAN}. */
  private static String argumentName(CommandLine.Model.ArgSpec argument) {
    if (argument instanceof CommandLine.Model.OptionSpec option) {
      return option.longestName();
    }
    return argument.paramLabel();
  }
}
