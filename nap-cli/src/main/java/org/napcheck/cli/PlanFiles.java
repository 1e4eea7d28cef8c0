package org.napcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.napcheck.io.NapReader;
import org.napcheck.io.xlsx.XlsxPlans;
import org.napcheck.model.Plan;

/** Reads a plan by its file name: a workbook ({@code .xlsx}), else YAML or JSON. */
final class PlanFiles {
  private PlanFiles() {}

  static Plan read(NapReader reader, Path file) throws IOException {
    return XlsxPlans.isWorkbook(file)
        ? new XlsxPlans(reader.limits()).read(file)
        : reader.readPlan(file);
  }
}
