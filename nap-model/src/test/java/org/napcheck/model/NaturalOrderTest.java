package org.napcheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaturalOrderTest {
  private static final NaturalOrder ORDER = new NaturalOrder();

  @ParameterizedTest
  @CsvSource({"1.b.2, 1.b.10", "1.a, 1.b", "3.b.3-2, 3.b.3-10", "I, II", "007, 7", "1.a, 1.a.1"})
  void should_put_the_first_id_before_the_second(String first, String second) {
    assertThat(ORDER.compare(first, second)).isNegative();
    assertThat(ORDER.compare(second, first)).isPositive();
  }

  @Test
  void should_agree_with_comparing_numbers_as_big_integers_on_many_random_ids() {
    // GIVEN: a slow order that is plainly right, and ids made of digits, dots and letters
    var random = new Random(20250101);
    for (int n = 0; n < 20_000; n++) {
      String left = randomId(random);
      // half of the pairs share a beginning, as the ids of one plan do (3.b.12-1, 3.b.12-2)
      String right =
          n % 2 == 0
              ? randomId(random)
              : left.substring(0, random.nextInt(left.length() + 1)) + randomId(random);

      // WHEN / THEN
      assertThat(Integer.signum(ORDER.compare(left, right)))
          .as("%s vs %s", left, right)
          .isEqualTo(Integer.signum(slowCompare(left, right)));
    }
  }

  private static String randomId(Random random) {
    String chars = "0123456789.-abAB";
    var id = new StringBuilder();
    for (int i = random.nextInt(9); i > 0; i--) {
      id.append(chars.charAt(random.nextInt(chars.length())));
    }
    return id.toString();
  }

  /** Numbers as BigIntegers, the rest char by char, the text breaking ties. */
  private static int slowCompare(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      char a = left.charAt(i);
      char b = right.charAt(j);
      if (Character.isDigit(a) && Character.isDigit(b)) {
        int endA = i;
        while (endA < left.length() && Character.isDigit(left.charAt(endA))) {
          endA++;
        }
        int endB = j;
        while (endB < right.length() && Character.isDigit(right.charAt(endB))) {
          endB++;
        }
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
}
