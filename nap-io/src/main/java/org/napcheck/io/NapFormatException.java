package org.napcheck.io;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
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
  private final long unlisted;
  private final boolean wellFormed;

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
    this(problems, 0, cause);
  }

  /**
   * A list of problems cut short: a file with thousands of problems has a few hundred listed, the
   * last line saying how many more there are.
   *
   * @param problems at least one; when {@code unlisted} is more than 0, the last says how many more
   *     problems there are
   * @param unlisted how many problems were found beyond those listed, counted only
   * @param cause what the parser threw, kept for debugging; may be {@code null}
   */
  public NapFormatException(List<Problem> problems, long unlisted, Throwable cause) {
    this(problems, unlisted, cause, false);
  }

  /**
   * @param wellFormed whether the file was parsed and refused for what it says (see {@link
   *     #wellFormed()})
   */
  public NapFormatException(
      List<Problem> problems, long unlisted, Throwable cause, boolean wellFormed) {
    super(describe(problems), cause);
    if (unlisted < 0) {
      throw new IllegalArgumentException("unlisted must not be negative: " + unlisted);
    }
    this.problems = List.copyOf(problems);
    this.unlisted = unlisted;
    this.wellFormed = wellFormed;
  }

  /**
   * Whether the file was well formed and refused for what it says: an unknown field, a value of the
   * wrong type, a broken constraint. {@code false} when it could not be parsed at all: empty, not
   * UTF-8, bad syntax, a duplicate key, a limit exceeded. The server answers 422 and 400.
   */
  public boolean wellFormed() {
    return wellFormed;
  }

  /** The same problems, said of a file that was well formed. */
  NapFormatException asWellFormed() {
    return wellFormed ? this : new NapFormatException(problems, unlisted, getCause(), true);
  }

  /**
   * The problems listed, in file order: every problem found, or, when there were too many to keep,
   * the first ones and a last line saying how many more there are.
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * How many problems were found, those listed by {@link #problems()} and those only counted: what
   * a heading such as "50000 problems" says.
   */
  public long total() {
    return unlisted > 0 ? problems.size() - 1 + unlisted : problems.size();
  }

  /** How many problems were found beyond those listed: counted, not kept. */
  public long unlisted() {
    return unlisted;
  }

  private static String describe(List<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
