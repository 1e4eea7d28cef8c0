package org.napcheck.io.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the name someone most likely meant, for "did you mean" hints. */
public final class Names {

  /** Longer names are no typo of a field name, and would cost time to compare. */
  private static final int LONGEST_NAME = 64;

  private Names() {}

  /** The closest of {@code candidates} within a couple of typos of {@code name}, if any. */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    if (name.length() > LONGEST_NAME) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int tolerance = name.length() <= 3 ? 1 : 2;
    return candidates.stream()
        .filter(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT)) <= tolerance)
        .min(
            Comparator.comparingInt(
                candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT))));
  }

  /** Edits (insert, delete, replace, swap two neighbours) from {@code a} to {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
