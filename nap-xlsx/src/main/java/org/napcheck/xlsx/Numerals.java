package org.napcheck.xlsx;

import java.util.Optional;

/** Pillar numbers (I, II, ... or 1, 2, ...) and objective letters (a, b, ..., z, aa, ...). */
final class Numerals {
  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };

  private Numerals() {}

  static String roman(int number) {
    var text = new StringBuilder();
    int rest = number;
    for (int i = 0; i < VALUES.length; i++) {
      while (rest >= VALUES[i]) {
        text.append(SYMBOLS[i]);
        rest -= VALUES[i];
      }
    }
    return text.toString();
  }

  /** {@code 3} for {@code III} or {@code 3}; empty for anything else. */
  static Optional<Integer> arabic(String numeral) {
    if (numeral == null || numeral.isEmpty()) {
      return Optional.empty();
    }
    if (numeral.chars().allMatch(Character::isDigit) && numeral.length() <= 4) {
      return Optional.of(Integer.parseInt(numeral));
    }
    for (int n = 1; n <= 100; n++) {
      if (roman(n).equals(numeral)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /** {@code a} for 1, {@code z} for 26, {@code aa} for 27. */
  static String letters(int position) {
    var text = new StringBuilder();
    for (int rest = position; rest > 0; rest = (rest - 1) / 26) {
      text.insert(0, (char) ('a' + (rest - 1) % 26));
    }
    return text.toString();
  }
}
