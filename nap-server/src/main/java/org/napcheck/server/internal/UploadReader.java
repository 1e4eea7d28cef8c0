package org.napcheck.server.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.NapReader;
import org.napcheck.io.Problem;
import org.napcheck.io.ReadLimits;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.xlsx.XlsxPlans;

/**
 * The plan and monitoring reports of an upload, read as the command reads files; files that cannot
 * be read, refused with every problem found.
 */
final class UploadReader {
  private final ReadLimits limits;

  /**
   * What an upload holds, read.
   *
   * @param locale the language of the answer: the one asked for, else the plan's own if napcheck
   *     speaks it, as in the command
   */
  record Inputs(Plan plan, Locale locale, List<MonitoringReport> monitoring) {
    Inputs {
      monitoring = List.copyOf(monitoring);
    }
  }

  UploadReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * @param asked the language asked for; {@code null} for the plan's own
   */
  Inputs read(Upload upload, Locale asked) throws IOException {
    Plan plan = readPlan(upload.plan(), asked == null ? Locale.ENGLISH : asked);
    // As the command: the language asked for, else the plan's own if napcheck speaks it.
    Locale locale =
        asked != null ? asked : "fr".equals(plan.language()) ? Locale.FRENCH : Locale.ENGLISH;
    return new Inputs(plan, locale, readMonitoring(upload.monitoring(), locale));
  }

  private Plan readPlan(Upload.Part part, Locale locale) throws IOException {
    try {
      InputStream in = new ByteArrayInputStream(part.bytes());
      return part.isWorkbook()
          ? new XlsxPlans(limits).withLocale(locale).read(in, part.name())
          : new NapReader(limits).withLocale(locale).readPlan(in, part.name());
    } catch (NapFormatException e) {
      throw refusal(List.of(e));
    }
  }

  private List<MonitoringReport> readMonitoring(List<Upload.Part> parts, Locale locale)
      throws IOException {
    NapReader reader = new NapReader(limits).withLocale(locale);
    var reports = new ArrayList<MonitoringReport>();
    var failures = new ArrayList<NapFormatException>();
    for (Upload.Part part : parts) {
      try {
        reports.addAll(reader.readMonitoring(new ByteArrayInputStream(part.bytes()), part.name()));
      } catch (NapFormatException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      throw refusal(failures);
    }
    return reports;
  }

  /** 422 for files that were well formed but say what the format does not allow, else 400. */
  private static Refusal refusal(List<NapFormatException> failures) {
    var problems = new ArrayList<Problem>();
    long total = 0;
    boolean wellFormed = true;
    for (NapFormatException failure : failures) {
      problems.addAll(failure.problems());
      total += failure.total();
      wellFormed &= failure.wellFormed();
    }
    String detail = total == 1 ? "1 problem" : total + " problems";
    return wellFormed
        ? new Refusal(
            422,
            "invalid-plan",
            "The files do not fit the format",
            detail,
            problems,
            total,
            Map.of())
        : new Refusal(
            400, "malformed", "The files cannot be read", detail, problems, total, Map.of());
  }
}
