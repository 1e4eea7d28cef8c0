package org.napcheck.model;

import java.util.Comparator;

/**
 * Compares ids so that numbers inside them count as numbers: {@code 1.b.2} before {@code 1.b.10}.
 */
final class NaturalOrder implements Comparator<String> {
  static final NaturalOrder IDS = new NaturalOrder();

  @Override
  public int compare(String left, String right) {
    // Ids of one plan share long prefixes (3.b.12-1, 3.b.12-2): skip the text they share, and
    // compare numbers only where the first difference falls within one.
    int shared = Math.min(left.length(), right.length());
    int first = 0;
    while (first < shared && left.charAt(first) == right.charAt(first)) {
      first++;
    }
    if (first == shared) {
      return Integer.compare(left.length(), right.length());
    }
    char a = left.charAt(first);
    char b = right.charAt(first);
    boolean inNumber =
        isDigit(a) && isDigit(b)
            || (isDigit(a) || isDigit(b)) && first > 0 && isDigit(left.charAt(first - 1));
    if (!inNumber) {
      return Character.compare(a, b);
    }
    int start = first;
    while (start > 0 && isDigit(left.charAt(start - 1))) {
      start--;
    }
    return compareFrom(left, right, start);
  }

  /** Compares from {@code start} on, numbers as numbers; the text before it is the same. */
  private static int compareFrom(String left, String right, int start) {
    int i = start;
    int j = start;
    while (i < left.length() && j < right.length()) {
      char a = left.charAt(i);
      char b = right.charAt(j);
      if (isDigit(a) && isDigit(b)) {
        int endA = endOfNumber(left, i);
        int endB = endOfNumber(right, j);
        int startA = skipZeros(left, i, endA);
        int startB = skipZeros(right, j, endB);
        if (endA - startA != endB - startB) {
          return Integer.compare(endA - startA, endB - startB);
        }
        for (int k = 0; k < endA - startA; k++) {
          int byDigit = Character.compare(left.charAt(startA + k), right.charAt(startB + k));
          if (byDigit != 0) {
            return byDigit;
          }
        }
        i = endA;
        j = endB;
      } else {
        if (a != b) {
          return Character.compare(a, b);
        }
        i++;
        j++;
      }
    }
    int byLength = Integer.compare(left.length() - i, right.length() - j);
    return byLength != 0 ? byLength : left.compareTo(right);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int endOfNumber(String text, int start) {
    int end = start;
    while (end < text.length() && isDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** The first digit of a number that is not a leading zero; its last digit if all are zeros. */
  private static int skipZeros(String text, int start, int end) {
    int first = start;
    while (first < end - 1 && text.charAt(first) == '0') {
      first++;
    }
    return first;
  }
}
