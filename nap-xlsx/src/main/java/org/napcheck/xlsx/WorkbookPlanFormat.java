package org.napcheck.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.napcheck.io.ReadLimits;
import org.napcheck.io.internal.Format;
import org.napcheck.io.spi.PlanFormat;
import org.napcheck.model.Plan;

/**
 * Plans in workbooks for {@link org.napcheck.io.NapReader}: with nap-xlsx present, {@code
 * readPlan(Path.of("plan.xlsx"))} reads what {@link XlsxPlans#read(Path)} reads.
 */
public final class WorkbookPlanFormat implements PlanFormat {

  @Override
  public boolean reads(String fileName) {
    return Format.isWorkbook(fileName);
  }

  @Override
  public Plan read(Path file, ReadLimits limits, Locale locale) throws IOException {
    return new XlsxPlans(limits).withLocale(locale).read(file);
  }

  @Override
  public Plan read(InputStream in, String sourceName, ReadLimits limits, Locale locale)
      throws IOException {
    return new XlsxPlans(limits).withLocale(locale).read(in, sourceName);
  }
}
