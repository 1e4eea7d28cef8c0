package org.napcheck.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.Problem;

/**
 * The problems found in one file so far. Bounded, so that a file made of thousands of errors cannot
 * exhaust memory through its error list.
 */
public final class Problems {

  static final int MAX = 500;

  private static final Comparator<Problem> FILE_ORDER =
      Comparator.comparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::path)
          .thenComparing(Problem::message);

  private final String file;
  private final Wording words;
  private final List<Problem> found = new ArrayList<>();
  private int dropped;

  /** Problems told in English. */
  public Problems(String file) {
    this(file, Wording.ENGLISH);
  }

  public Problems(String file, Wording words) {
    this.file = file;
    this.words = words;
  }

  public String file() {
    return file;
  }

  /** The language the problems are told in. */
  public Wording words() {
    return words;
  }

  /** The text of {@code key} in the problems' language; see {@link Wording#get}. */
  public String say(String key, Object... arguments) {
    return words.get(key, arguments);
  }

  public void add(Position position, TreePath path, String message) {
    add(new Problem(file, position.line(), position.column(), path.toString(), message));
  }

  public void add(Problem problem) {
    if (found.size() < MAX) {
      found.add(problem);
    } else {
      dropped++;
    }
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws the problems found so far, if any, in file order. */
  public void throwIfAny() throws NapFormatException {
    throwIfAny(null);
  }

  public void throwIfAny(Throwable cause) throws NapFormatException {
    if (!found.isEmpty()) {
      throw exception(cause);
    }
  }

  /** The problems found so far and this last one, as an exception to throw at once. */
  public NapFormatException refuse(
      Position position, TreePath path, String message, Throwable cause) {
    add(position, path, message);
    return exception(cause);
  }

  public NapFormatException exception(Throwable cause) {
    var sorted = new ArrayList<>(found);
    sorted.sort(FILE_ORDER);
    if (dropped > 0) {
      sorted.add(new Problem(file, 0, 0, "", words.get("moreProblems", dropped)));
    }
    return new NapFormatException(sorted, dropped, cause);
  }

  /**
   * The problems of several files, each file's already in order, or nothing; at most {@link #MAX}
   * listed in all, the rest counted on a last line named {@code where} (the folder).
   */
  public static void throwAll(List<NapFormatException> failures, String where, Wording words)
      throws NapFormatException {
    if (failures.isEmpty()) {
      return;
    }
    var listed = new ArrayList<Problem>();
    long total = 0;
    for (NapFormatException failure : failures) {
      total += failure.total();
      List<Problem> problems = failure.problems();
      int real = failure.unlisted() > 0 ? problems.size() - 1 : problems.size();
      for (int i = 0; i < real && listed.size() < MAX; i++) {
        listed.add(problems.get(i));
      }
    }
    long unlisted = total - listed.size();
    if (unlisted > 0) {
      listed.add(new Problem(where, 0, 0, "", words.get("moreProblems", unlisted)));
    }
    throw new NapFormatException(listed, unlisted, null);
  }
}
