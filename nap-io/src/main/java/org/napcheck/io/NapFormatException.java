package org.napcheck.io;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A file that cannot be understood: bad syntax, an unknown field, a value of the wrong type, a
 * broken constraint, a limit exceeded. The message lists every problem, one per line.
 *
 * <pre>{@code
 * try {
 *   plan = reader.readPlan(file);
 * } catch (NapFormatException e) {
 *   e.problems().forEach(problem -> System.err.println(problem));
 * }
 * }</pre>
 */
public final class NapFormatException extends IOException {

  private final List<Problem> problems;

  /**
   * @param problems at least one
   */
  public NapFormatException(List<Problem> problems) {
    this(problems, null);
  }

  /**
   * @param problems at least one
   * @param cause what the parser threw, kept for debugging; never shown in the message
   */
  public NapFormatException(List<Problem> problems, Throwable cause) {
    super(describe(problems), cause);
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
