package org.napcheck.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Extra rules that cannot be used: DRL that does not compile, or rules without an id. */
public final class RuleCompilationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * One problem in one file.
   *
   * @param line the line of the problem, from 1; 0 when it concerns the whole file
   */
  public record Problem(String source, int line, String message) {
    @Override
    public String toString() {
      return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
    }
  }

  public RuleCompilationException(List<Problem> problems) {
    this("extra rules cannot be used:", problems);
  }

  /**
   * @param heading the line above the problems, in the checker's language, e.g. {@code extra rules
   *     cannot be used:}
   */
  public RuleCompilationException(String heading, List<Problem> problems) {
    super(
        Objects.requireNonNull(heading, "heading")
            + "\n"
            + Objects.requireNonNull(problems, "problems").stream()
                .map(problem -> "  " + problem)
                .collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
