package org.napcheck.rules.internal;

import java.util.Locale;

/** Edit distance between two texts, to suggest the code a typo meant. */
public final class Levenshtein {
  private Levenshtein() {}

  /**
   * The candidate closest to {@code wanted}, case aside, the first of those as close; {@code null}
   * when none is within {@code tolerated} edits.
   */
  public static String closest(String wanted, Iterable<String> candidates, int tolerated) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lowerCase = wanted.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int distance = distance(lowerCase, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= tolerated ? best : null;
  }

  static int distance(String left, String right) {
    int[] previous = new int[right.length() + 1];
    int[] current = new int[right.length() + 1];
    for (int j = 0; j <= right.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= left.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= right.length(); j++) {
        int substitution = left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + substitution);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[right.length()];
  }
}
