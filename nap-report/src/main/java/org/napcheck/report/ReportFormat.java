package org.napcheck.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.napcheck.io.NapWriter;
import org.napcheck.model.ActorSplit;
import org.napcheck.report.internal.CsvReport;
import org.napcheck.report.internal.HtmlReport;
import org.napcheck.report.internal.MarkdownReport;
import org.napcheck.report.internal.SarifReport;
import org.napcheck.report.internal.SplitIndex;
import org.napcheck.report.internal.TextReport;

/** The formats a check report can be written in, by their command-line names. */
public enum ReportFormat {
  TEXT("text", "txt"),
  JSON("json", "json"),
  CSV("csv", "csv"),
  MARKDOWN("md", "md"),
  HTML("html", "html"),
  SARIF("sarif", "sarif");

  private final String cliName;
  private final String extension;

  ReportFormat(String cliName, String extension) {
    this.cliName = cliName;
    this.extension = extension;
  }

  /** The name {@code --format} takes, e.g. {@code md}. */
  public String cliName() {
    return cliName;
  }

  /** The file extension of reports in this format, without the dot. */
  public String extension() {
    return extension;
  }

  public static Optional<ReportFormat> fromCliName(String name) {
    Objects.requireNonNull(name, "name");
    return Arrays.stream(values())
        .filter(format -> format.cliName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** Writes the report; the same context always gives the same text. */
  public String render(ReportContext context) {
    Objects.requireNonNull(context, "context");
    return switch (this) {
      case TEXT -> TextReport.render(context);
      case JSON -> new NapWriter().reportToJson(context.report());
      case CSV -> CsvReport.render(context);
      case MARKDOWN -> MarkdownReport.render(context);
      case HTML -> HtmlReport.render(context);
      case SARIF -> SarifReport.render(context);
    };
  }

  /**
   * The index of a split into one report per body: each body with its counts by severity and the
   * file of its report. HTML, Markdown, text and CSV indexes are in their own format; JSON and
   * SARIF reports get a JSON index.
   *
   * @param whole the context of the whole report
   * @param files the file name of each part's report, in the order of {@code split.parts()}
   */
  public String renderIndex(ReportContext whole, ActorSplit split, List<String> files) {
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(files, "files");
    return switch (this) {
      case TEXT -> SplitIndex.text(whole, split, files);
      case JSON, SARIF -> SplitIndex.json(whole, split, files);
      case CSV -> SplitIndex.csv(split, files);
      case MARKDOWN -> SplitIndex.markdown(whole, split, files);
      case HTML -> SplitIndex.html(whole, split, files);
    };
  }

  /** The file extension of {@link #renderIndex} in this format: {@code json} for SARIF. */
  public String indexExtension() {
    return this == SARIF ? JSON.extension : extension;
  }
}
