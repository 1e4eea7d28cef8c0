package org.napcheck.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.napcheck.io.Problem;

/**
 * The drafters' page: a plain form that posts a plan and its monitoring files and answers the
 * dashboard, or a report to download. No script; its one style sheet from the server itself.
 */
final class Page {
  /** The form's policy: its style sheet and its own form target, nothing else. */
  static final String POLICY =
      "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private static final byte[] CSS = resource("page.css");

  /**
   * The form's HTML; its two {@code %s}, the workbook media type the plan input accepts and the day
   * proposed.
   */
  private static final String FORM = new String(resource("page.html"), StandardCharsets.UTF_8);

  private Page() {}

  static byte[] css() {
    return CSS.clone();
  }

  /** The form, proposing {@code today} as the day to check as of. */
  static byte[] form(LocalDate today) {
    return FORM.formatted(MediaTypes.XLSX, today).getBytes(StandardCharsets.UTF_8);
  }

  /** A refusal told to a person: what went wrong, and every problem with its line and column. */
  static byte[] refusal(Refusal refusal) {
    var html = new StringBuilder();
    html.append(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>""")
        .append(escape(refusal.title()))
        .append(
            """
             — napcheck</title>
            <link rel="stylesheet" href="/page.css">
            </head>
            <body>
            <main>
            <h1>""")
        .append(escape(refusal.title()))
        .append("</h1>\n<p role=\"alert\">")
        .append(escape(refusal.detail()))
        .append("</p>\n");
    if (!refusal.problems().isEmpty()) {
      html.append(
          "<table class=\"problems\">\n<caption>What to fix</caption>\n<thead><tr>"
              + "<th scope=\"col\">File</th><th scope=\"col\">Line</th>"
              + "<th scope=\"col\">Column</th><th scope=\"col\">Where</th>"
              + "<th scope=\"col\">Problem</th></tr></thead>\n<tbody>\n");
      for (Problem problem : refusal.problems()) {
        html.append("<tr><td>")
            .append(escape(problem.file()))
            .append("</td><td>")
            .append(problem.line() > 0 ? String.valueOf(problem.line()) : "")
            .append("</td><td>")
            .append(problem.column() > 0 ? String.valueOf(problem.column()) : "")
            .append("</td><td><code>")
            .append(escape(problem.path()))
            .append("</code></td><td>")
            .append(escape(problem.message()))
            .append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("<p><a href=\"/\">Check another file</a></p>\n</main>\n</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String escape(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(Character.isISOControl(c) && c != '\n' ? 0xFFFD : c);
              }
            });
    return out.toString();
  }

  private static byte[] resource(String name) {
    try (InputStream in = Page.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
