package org.napcheck.io.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats napcheck reads, told apart by the file name's extension. */
public enum Format {
  YAML,
  JSON,
  CSV;

  public static Optional<Format> of(Path file) {
    Path name = file.getFileName();
    return name == null ? Optional.empty() : of(name.toString());
  }

  public static Optional<Format> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    return Optional.empty();
  }

  /** Whether a file so named is a spreadsheet ({@code .xlsx}, {@code .xlsm}, {@code .xls}). */
  public static boolean isWorkbook(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
  }
}
