package org.napcheck.model;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Compares ids so that numbers inside them count as numbers: {@code 1.b.2} before {@code 1.b.10}.
 */
final class NaturalOrder implements Comparator<String> {
  static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(new NaturalOrder());

  @Override
  public int compare(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      char a = left.charAt(i);
      char b = right.charAt(j);
      if (isDigit(a) && isDigit(b)) {
        int endA = endOfNumber(left, i);
        int endB = endOfNumber(right, j);
        int byNumber =
            new BigInteger(left.substring(i, endA))
                .compareTo(new BigInteger(right.substring(j, endB)));
        if (byNumber != 0) {
          return byNumber;
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
}
