package org.napcheck.model;

/** How much a finding matters, most severe first. */
public enum Severity implements Coded {
  ERROR("error"),
  WARNING("warning"),
  INFO("info");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** Whether this severity is {@code other} or more severe. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
