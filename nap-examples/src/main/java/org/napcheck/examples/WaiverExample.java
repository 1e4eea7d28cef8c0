package org.napcheck.examples;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Waiver;
import org.napcheck.rules.NapChecker;

/**
 * Two ways to live with a finding. Switch a rule off when it does not apply to a plan at all
 * (Luxembourg's plan states no baselines anywhere, so NAP-I004 says nothing new); waive one finding
 * when it was looked at and accepted, with a reason, who approved it, and until when. A waived
 * finding stays in the report, marked; an expired waiver is itself a finding (NAP-W001).
 *
 * <p>In files, the same waiver is {@code napcheck check ... --waivers waivers.yaml --disable
 * NAP-I004}:
 *
 * <pre>{@code
 * napcheck: 1
 * waivers:
 *   - rule: NAP-M001
 *     location: { action: 3.b.3 }
 *     reason: Training moved to 2030 by the Police directorate
 *     approvedBy: MFA D4
 *     expires: 2030-12-31
 * }</pre>
 */
public final class WaiverExample {
  static final Waiver POLICE_TRAINING =
      new Waiver(
          "NAP-M001",
          Location.ofPlan("LU-WPS-2").withAction("3.b.3"),
          "Training moved to 2030 by the Police directorate",
          "MFA D4",
          LocalDate.of(2030, 12, 31));

  private WaiverExample() {}

  /** The checker: napcheck's rules less NAP-I004. */
  public static NapChecker checker() {
    return NapChecker.builder().disableRules("NAP-I004").build();
  }

  public static CheckReport check(NapChecker checker, LocalDate asOf) throws IOException {
    var reader = new NapReader();
    Plan plan = reader.readPlan(ExampleData.luxembourg().resolve("plan.yaml"));
    List<MonitoringReport> reports =
        reader.readMonitoring(ExampleData.luxembourg().resolve("monitoring"));
    return checker.check(plan, reports, asOf, List.of(POLICE_TRAINING));
  }

  public static void main(String[] args) throws IOException {
    NapChecker checker = checker();
    for (LocalDate asOf : List.of(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1))) {
      CheckReport report = check(checker, asOf);
      System.out.println("As of " + asOf + ":");
      report.findings().stream()
          .filter(f -> f.location().action() != null && f.location().action().equals("3.b.3"))
          .filter(f -> f.rule().equals("NAP-M001"))
          .forEach(f -> System.out.println("  " + describe(f)));
      report.findings().stream()
          .filter(f -> f.rule().equals("NAP-W001"))
          .forEach(f -> System.out.println("  " + describe(f)));
      System.out.println(
          "  NAP-I004 findings: "
              + report.findings().stream().filter(f -> f.rule().equals("NAP-I004")).count());
    }
  }

  private static String describe(Finding finding) {
    return finding.rule()
        + (finding.waived() ? " (waived: " + finding.waiver().reason() + ") " : " ")
        + finding.message();
  }
}
