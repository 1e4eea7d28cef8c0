package org.napcheck.report.internal;

/**
 * A tiny writer of HTML for the dashboard and the split index. Text goes through {@link
 * #text(String)}, which escapes it for content and attribute values alike: anything from a plan,
 * its data, the rules or the labels. Only napcheck's own tags, attribute names and class names go
 * through {@link #markup(String)}, and numbers through {@link #number(long)}.
 */
final class Html {
  private final StringBuilder out;

  Html(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  /** napcheck's own markup, written as it is; never text from a plan, its data or the labels. */
  Html markup(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Opens a region that scrolls sideways when the table in it is wider than the window, named
   * {@code name} and reachable by keyboard, as a scrolling region must be.
   */
  Html scrollRegion(String name) {
    return markup("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
        .text(name)
        .markup("\">");
  }

  Html number(long number) {
    out.append(number);
    return this;
  }

  /** Text, escaped. */
  Html text(String text) {
    escape(text, out);
    return this;
  }

  /** {@code text}, or its first {@code length} - 1 characters and an ellipsis. */
  static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  /** {@code text} escaped for HTML content and attribute values alike. */
  static String escape(String text) {
    var escaped = new StringBuilder(text.length() + 16);
    escape(text, escaped);
    return escaped.toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
