package org.napcheck.io.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.napcheck.io.ReportJson;
import org.napcheck.io.report.internal.CsvReport;
import org.napcheck.io.report.internal.HtmlReport;
import org.napcheck.io.report.internal.MarkdownReport;
import org.napcheck.io.report.internal.SarifReport;
import org.napcheck.io.report.internal.TextReport;

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
    return Arrays.stream(values())
        .filter(format -> format.cliName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** Writes the report; the same context always gives the same text. */
  public String render(ReportContext context) {
    return switch (this) {
      case TEXT -> TextReport.render(context);
      case JSON -> ReportJson.write(context.report());
      case CSV -> CsvReport.render(context);
      case MARKDOWN -> MarkdownReport.render(context);
      case HTML -> HtmlReport.render(context);
      case SARIF -> SarifReport.render(context);
    };
  }
}
