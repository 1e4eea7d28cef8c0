package org.napcheck.model;

/** The shape every identifier in a plan or a report must have. */
final class Ids {
  /**
   * At least one character that is not white space, and no control character (C0, DEL or C1) nor
   * invisible format character (Unicode Cf: zero-width spaces and joiners, bidirectional marks,
   * soft hyphens), which would make two ids that look the same differ. A bare {@code \S} would let
   * one control character through, since most are not white space.
   */
  static final String PATTERN = "[^\\p{Cc}\\p{Cf}]*[^\\p{Cc}\\p{Cf}\\s][^\\p{Cc}\\p{Cf}]*";

  static final String MESSAGE =
      "must not be blank nor hold control characters or invisible format characters";

  private Ids() {}
}
