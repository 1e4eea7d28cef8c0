package org.napcheck.server.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Media types as requests name them: {@code Content-Type} and {@code Accept}. */
public final class MediaTypes {
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String MULTIPART = "multipart/form-data";

  private MediaTypes() {}

  /** One range of an {@code Accept} header, e.g. {@code text/*;q=0.5}. */
  record Range(String type, String subtype, double quality, int specificity) {}

  /** The type and subtype of a {@code Content-Type}, lower case, without parameters. */
  public static String essence(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String bare = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return bare.strip().toLowerCase(Locale.ROOT);
  }

  static List<Range> ranges(String accept) {
    var ranges = new ArrayList<Range>();
    for (String item : accept.split(",")) {
      String[] parts = item.split(";");
      String range = parts[0].strip().toLowerCase(Locale.ROOT);
      int slash = range.indexOf('/');
      if (slash <= 0 || slash == range.length() - 1) {
        continue;
      }
      double quality = 1;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip();
        if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
          try {
            quality = Double.parseDouble(parameter.substring(2));
          } catch (NumberFormatException e) {
            quality = 0;
          }
        }
      }
      String type = range.substring(0, slash);
      String subtype = range.substring(slash + 1);
      int specificity = type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
      ranges.add(new Range(type, subtype, Math.max(0, Math.min(1, quality)), specificity));
    }
    return ranges;
  }

  /** The quality the most specific matching range gives {@code mediaType}; 0 when none matches. */
  static double quality(String mediaType, List<Range> ranges) {
    int slash = mediaType.indexOf('/');
    String type = mediaType.substring(0, slash);
    String subtype = mediaType.substring(slash + 1);
    Range best = null;
    for (Range range : ranges) {
      boolean matches =
          (range.type().equals("*") || range.type().equals(type))
              && (range.subtype().equals("*") || range.subtype().equals(subtype));
      if (matches && (best == null || range.specificity() > best.specificity())) {
        best = range;
      }
    }
    return best == null ? 0 : best.quality();
  }
}
