package org.napcheck.rules.generate;

import java.util.SplittableRandom;

/**
 * The one random source of a generated plan and its data. Every draw comes from it in a fixed
 * order, so that a seed gives the same output: a new draw anywhere changes all that follow.
 */
final class Dice {
  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** True with the given probability. */
  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** One of the texts, each as likely. */
  String pick(String[] texts) {
    return texts[random.nextInt(texts.length)];
  }

  /** From 0 to {@code bound}, {@code bound} excluded. */
  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** From 0 to 1, 1 excluded. */
  double nextDouble() {
    return random.nextDouble();
  }
}
