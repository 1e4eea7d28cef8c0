package org.napcheck.model;

/** The range of years napcheck accepts: anything outside is a typo, not a plan. */
final class Years {
  static final long MIN = 1900;
  static final long MAX = 2200;
  static final String MESSAGE = "must be a year between 1900 and 2200";

  private Years() {}
}
