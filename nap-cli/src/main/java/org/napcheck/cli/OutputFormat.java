package org.napcheck.cli;

import java.nio.charset.StandardCharsets;
import org.napcheck.report.ReportContext;
import org.napcheck.report.ReportFormat;
import org.napcheck.xlsx.XlsxReports;

/**
 * A format {@code --format} takes: one of the text formats of {@link ReportFormat}, or {@code
 * xlsx}, a workbook, which is bytes rather than text and so goes to a file only.
 *
 * @param text the text format; {@code null} for XLSX
 */
record OutputFormat(ReportFormat text) {
  static final OutputFormat XLSX = new OutputFormat(null);

  boolean isText() {
    return text != null;
  }

  String extension() {
    return isText() ? text.extension() : "xlsx";
  }

  byte[] bytes(ReportContext context) {
    return isText()
        ? text.render(context).getBytes(StandardCharsets.UTF_8)
        : new XlsxReports().bytes(context);
  }
}
