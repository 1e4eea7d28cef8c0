package org.napcheck.io.internal;

import com.fasterxml.jackson.core.JsonLocation;

/** A 1-based line and column in a file; {@code 0, 0} when not known. */
public record Position(int line, int column) {

  public static final Position UNKNOWN = new Position(0, 0);

  public static Position of(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return UNKNOWN;
    }
    return new Position(location.getLineNr(), Math.max(location.getColumnNr(), 0));
  }
}
