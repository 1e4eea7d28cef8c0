package org.napcheck.io;

import java.util.Objects;

/**
 * One reason a file was refused.
 *
 * <pre>{@code
 * plan.yaml:12:11: plan.pillars[0].objectives[2].id: must not be blank
 * }</pre>
 *
 * @param file the file (or source name) the problem is in
 * @param line 1-based; {@code 0} when the problem is about the whole file
 * @param column 1-based; {@code 0} when the problem is about the whole file
 * @param path where in the tree, e.g. {@code plan.pillars[0].objectives[2].id}; for CSV the column
 *     name; empty when the problem is about the whole file
 * @param message what is wrong and what was expected
 */
public record Problem(String file, int line, int column, String path, String message) {

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    path = Objects.requireNonNullElse(path, "");
  }

  /** {@code file:line:column: path: message}, leaving out the parts that are not known. */
  @Override
  public String toString() {
    var text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    return text.append(message).toString();
  }
}
