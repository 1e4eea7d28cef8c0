package org.ministry.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.rules.NapChecker;

/** A ministry's application: one checker for the whole application, a plan checked on request. */
public final class PlanReview {
  private final NapChecker checker = NapChecker.withDefaults();
  private final NapReader reader = new NapReader();

  public CheckReport review(Path planFolder, LocalDate asOf) throws IOException {
    return checker.check(
        reader.readPlan(planFolder.resolve("plan.yaml")),
        reader.readMonitoring(planFolder.resolve("monitoring")),
        asOf);
  }

  public static void main(String[] args) throws IOException {
    CheckReport report = new PlanReview().review(Path.of(args[0]), LocalDate.parse(args[1]));
    List<Finding> errors =
        report.findings().stream().filter(f -> f.severity().code().equals("error")).toList();
    errors.forEach(f -> System.out.println(f.rule() + " " + f.location().mostSpecific()));
  }
}
