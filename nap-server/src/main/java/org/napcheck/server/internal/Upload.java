package org.napcheck.server.internal;

import java.util.List;
import java.util.Locale;

/**
 * What a request brought: a plan and any monitoring files, each in memory, never on disk.
 *
 * @param plan the plan file
 * @param monitoring monitoring reports (YAML, JSON) or values (CSV)
 */
public record Upload(Part plan, List<Part> monitoring) {
  public Upload {
    monitoring = List.copyOf(monitoring);
  }

  /**
   * One file of a request.
   *
   * @param name the name problems give it: the upload's file name, without its folders
   */
  public record Part(String name, byte[] bytes) {
    public boolean isWorkbook() {
      String lower = name.toLowerCase(Locale.ROOT);
      return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
    }
  }

  /**
   * A file name as problems may show it: its last segment, at most 200 characters, control
   * characters replaced; {@code fallback} when there is none.
   */
  public static String safeName(String submitted, String fallback) {
    if (submitted == null) {
      return fallback;
    }
    String name =
        submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
    var clean = new StringBuilder();
    name.codePoints()
        .limit(200)
        .forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
    String result = clean.toString().strip();
    return result.isEmpty() || result.equals(".") || result.equals("..") ? fallback : result;
  }
}
