package org.napcheck.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enumeration written in files as a lower-case code, e.g. {@code in-progress}. */
public interface Coded {
  String code();

  /** The constant of {@code type} whose code is {@code code}, if any. */
  static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.code().equals(code))
        .findFirst();
  }

  /** The codes of {@code type}, for error messages: {@code a | b | c}. */
  static String codesOf(Class<? extends Coded> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Coded::code)
        .collect(Collectors.joining(" | "));
  }
}
