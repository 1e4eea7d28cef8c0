package org.napcheck.model;

/** The themes of the Women, Peace and Security agenda a pillar may cover. */
public enum Theme implements Coded {
  PARTICIPATION("participation"),
  PREVENTION("prevention"),
  PROTECTION("protection"),
  RELIEF_RECOVERY("relief-recovery"),
  PROMOTION("promotion");

  private final String code;

  Theme(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
