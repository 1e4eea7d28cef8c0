package org.napcheck.model;

import java.util.Comparator;

/**
 * Compares ids so that numbers inside them count as numbers: {@code 1.b.2} before {@code 1.b.10}.
 */
final class NaturalOrder implements Comparator<String> {
  static final NaturalOrder IDS = new NaturalOrder();

  @Override
  public int compare(String left, String right) {
    if (left.equals(right)) {
      return 0;
    }
    int i = 0;
    int j = 0;
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
