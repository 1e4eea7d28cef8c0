package org.napcheck.model;

/** The shape every identifier in a plan or a report must have. */
final class Ids {
  /** At least one character, none of them a control character, not only white space. */
  static final String PATTERN = "[^\\p{Cntrl}]*\\S[^\\p{Cntrl}]*";

  static final String MESSAGE = "must not be blank nor hold control characters";

  private Ids() {}
}
