package org.napcheck.server.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.napcheck.report.ReportContext;
import org.napcheck.report.ReportFormat;
import org.napcheck.report.SplitFiles;
import org.napcheck.xlsx.XlsxReports;

/**
 * The report formats a check answers in, by media type: the command's {@code --format}s, written by
 * the same writers ({@link ReportFormat}, {@link XlsxReports}), so that the bytes are the same.
 */
public enum AnswerFormat {
  JSON("application/json", "application/json", ReportFormat.JSON),
  SARIF("application/sarif+json", "application/sarif+json", ReportFormat.SARIF),
  HTML("text/html", "text/html; charset=utf-8", ReportFormat.HTML),
  CSV("text/csv", "text/csv; charset=utf-8", ReportFormat.CSV),
  MARKDOWN("text/markdown", "text/markdown; charset=utf-8", ReportFormat.MARKDOWN),
  TEXT("text/plain", "text/plain; charset=utf-8", ReportFormat.TEXT),
  XLSX(MediaTypes.XLSX, MediaTypes.XLSX, null);

  private final String mediaType;
  private final String contentType;
  private final ReportFormat text;

  AnswerFormat(String mediaType, String contentType, ReportFormat text) {
    this.mediaType = mediaType;
    this.contentType = contentType;
    this.text = text;
  }

  public String mediaType() {
    return mediaType;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return text == null ? "xlsx" : text.extension();
  }

  /** The command's name of the format, as {@code --format} takes it. */
  public String cliName() {
    return text == null ? "xlsx" : text.cliName();
  }

  public byte[] bytes(ReportContext context) {
    return text == null
        ? new XlsxReports().bytes(context)
        : text.render(context).getBytes(StandardCharsets.UTF_8);
  }

  /** The report of each responsible body in this format, and their index, as the command's. */
  public List<SplitFiles.File> splitFiles(ReportContext whole) {
    return SplitFiles.of(whole, extension(), this::bytes, text == null ? ReportFormat.CSV : text);
  }

  public static Optional<AnswerFormat> fromCliName(String name) {
    for (AnswerFormat format : values()) {
      if (format.cliName().equals(name.toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * The format an {@code Accept} header asks for: the supported type of highest quality, JSON first
   * on a tie; JSON when there is no header; empty when nothing offered is acceptable.
   */
  public static Optional<AnswerFormat> negotiate(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(JSON);
    }
    List<MediaTypes.Range> ranges = new ArrayList<>(MediaTypes.ranges(accept));
    AnswerFormat best = null;
    double bestQuality = 0;
    for (AnswerFormat format : values()) {
      double quality = MediaTypes.quality(format.mediaType, ranges);
      if (quality > bestQuality) {
        best = format;
        bestQuality = quality;
      }
    }
    return Optional.ofNullable(best);
  }
}
