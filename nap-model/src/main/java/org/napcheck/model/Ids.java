package org.napcheck.model;

/** The shape every identifier in a plan or a report must have. */
final class Ids {
  /**
   * At least one character that is not white space, and no control character (C0, DEL or C1). A
   * bare {@code \S} would let one control character through, since most are not white space.
   */
  static final String PATTERN = "[^\\p{Cc}]*[^\\p{Cc}\\s][^\\p{Cc}]*";

  static final String MESSAGE = "must not be blank nor hold control characters";

  private Ids() {}
}
