package org.napcheck.io;

/**
 * How much {@link NapReader} accepts before it refuses a file, so that a broken or hostile file
 * fails fast and in bounded memory. Immutable; change a limit with a {@code with...} copy.
 *
 * <pre>{@code
 * NapReader reader = new NapReader(ReadLimits.defaults().withMaxFileSize(1024 * 1024));
 * }</pre>
 *
 * @param maxFileSize the largest file, in bytes; checked before reading
 * @param maxNestingDepth how deeply objects and lists may nest
 * @param maxAliases how many YAML aliases ({@code *name}) a file may use
 * @param maxStringLength the longest text or key, in characters
 * @param maxCsvColumns the most cells a CSV row may have
 */
public record ReadLimits(
    long maxFileSize, int maxNestingDepth, int maxAliases, int maxStringLength, int maxCsvColumns) {

  /** The largest array Java can allocate, which bounds what can be read into memory. */
  private static final long LARGEST_READABLE = Integer.MAX_VALUE - 8;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(20L * 1024 * 1024, 100, 50, 1_000_000, 100);

  public ReadLimits {
    if (maxFileSize < 1 || maxFileSize > LARGEST_READABLE) {
      throw new IllegalArgumentException(
          "maxFileSize must be between 1 and " + LARGEST_READABLE + ": " + maxFileSize);
    }
    requireAtLeast(1, maxNestingDepth, "maxNestingDepth");
    requireAtLeast(0, maxAliases, "maxAliases");
    requireAtLeast(1, maxStringLength, "maxStringLength");
    requireAtLeast(1, maxCsvColumns, "maxCsvColumns");
  }

  /** 20 MiB, 100 levels, 50 aliases, 1,000,000 characters, 100 CSV columns. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  public ReadLimits withMaxFileSize(long maxFileSize) {
    return new ReadLimits(maxFileSize, maxNestingDepth, maxAliases, maxStringLength, maxCsvColumns);
  }

  public ReadLimits withMaxNestingDepth(int maxNestingDepth) {
    return new ReadLimits(maxFileSize, maxNestingDepth, maxAliases, maxStringLength, maxCsvColumns);
  }

  public ReadLimits withMaxAliases(int maxAliases) {
    return new ReadLimits(maxFileSize, maxNestingDepth, maxAliases, maxStringLength, maxCsvColumns);
  }

  public ReadLimits withMaxStringLength(int maxStringLength) {
    return new ReadLimits(maxFileSize, maxNestingDepth, maxAliases, maxStringLength, maxCsvColumns);
  }

  public ReadLimits withMaxCsvColumns(int maxCsvColumns) {
    return new ReadLimits(maxFileSize, maxNestingDepth, maxAliases, maxStringLength, maxCsvColumns);
  }

  private static void requireAtLeast(int minimum, int value, String name) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
    }
  }
}
