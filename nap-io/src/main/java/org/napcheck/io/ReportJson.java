package org.napcheck.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.napcheck.io.internal.Binder;
import org.napcheck.io.internal.DocumentParser;
import org.napcheck.io.internal.Format;
import org.napcheck.io.internal.Parsers;
import org.napcheck.io.internal.ReportTrees;
import org.napcheck.io.internal.Source;
import org.napcheck.io.internal.Wording;
import org.napcheck.io.internal.Writers;
import org.napcheck.model.CheckReport;

/**
 * The JSON report of a check (DESIGN.md, "The JSON report"; schema {@link Schemas#REPORT}), a
 * contract like the input formats. The same report always gives the same bytes: fixed field order,
 * findings in {@link org.napcheck.model.Finding#ORDER}, two-space indents, a final newline.
 *
 * <pre>{@code
 * new AtomicFiles().write(Path.of("report.json"), ReportJson.write(report));
 * CheckReport before = ReportJson.read(Path.of("last-year.json"));
 * }</pre>
 */
public final class ReportJson {

  private static final DocumentParser DOCUMENTS =
      new DocumentParser(new Parsers(ReadLimits.defaults()));

  private ReportJson() {}

  public static String write(CheckReport report) {
    Objects.requireNonNull(report, "report");
    return Writers.json(ReportTrees.tree(report));
  }

  /**
   * Reads a report written by {@link #write}, e.g. to compare two runs. The summary is not read but
   * counted again; each waived finding's waiver gets the finding's rule and location, which is all
   * the report keeps of it.
   *
   * @throws NapFormatException when the file is not such a report
   */
  public static CheckReport read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return read(file, Locale.ENGLISH);
  }

  /**
   * Like {@link #read(Path)}, telling the problems of a file that is not such a report in French
   * for a French locale, else in English, as {@link NapReader#withLocale} does.
   */
  public static CheckReport read(Path file, Locale locale) throws IOException {
    Objects.requireNonNull(file, "file");
    Wording words = Wording.of(Objects.requireNonNull(locale, "locale"));
    Source source = Source.read(file, ReadLimits.defaults(), words);
    return ReportTrees.read(new Binder(DOCUMENTS.parse(source, Format.JSON, words), words));
  }
}
