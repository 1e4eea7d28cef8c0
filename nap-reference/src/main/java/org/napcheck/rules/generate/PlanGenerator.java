package org.napcheck.rules.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Waiver;

/**
 * Makes synthetic plans with their monitoring data, for tests and benchmarks: the same seed and
 * sizes give the same plan, report for report.
 *
 * <p>The plans look like Luxembourg's: four pillars, about three and a half actions per objective,
 * one to three indicators per action, texts drawn from the kind the published plan uses, bodies
 * with sub-bodies. Every rule of the catalog has gaps to find, at rates like those of a real draft:
 * most indicators are fine, some count people with no breakdown by sex, a few actions name a body
 * the plan does not list; most reports come in, a few are missing or name what the plan does not
 * have.
 *
 * <pre>{@code
 * Generated data = PlanGenerator.seeded(42).actions(1_000).years(5).reporters(20).generate();
 * checker.check(data.plan(), data.reports(), data.asOf(), data.waivers());
 * }</pre>
 */
public final class PlanGenerator {
  /** The first year of every generated plan. */
  public static final int START_YEAR = 2025;

  private final long seed;
  private int actions = 100;
  private int years = 5;
  private int reporters = 10;

  private PlanGenerator(long seed) {
    this.seed = seed;
  }

  /** A generator whose output depends only on {@code seed} and the sizes set. */
  public static PlanGenerator seeded(long seed) {
    return new PlanGenerator(seed);
  }

  /** How many actions the plan has (100 unless set). */
  public PlanGenerator actions(int actions) {
    this.actions = requireAtLeast(0, actions, "actions");
    return this;
  }

  /** How many years of monitoring data there are; the plan runs one year more (5 unless set). */
  public PlanGenerator years(int years) {
    this.years = requireAtLeast(1, years, "years");
    return this;
  }

  /** How many bodies report each year; the plan lists a few more (10 unless set). */
  public PlanGenerator reporters(int reporters) {
    this.reporters = requireAtLeast(1, reporters, "reporters");
    return this;
  }

  /** A plan, its reports and waivers, and a check date by which every year's reports were due. */
  public record Generated(
      Plan plan, List<MonitoringReport> reports, List<Waiver> waivers, LocalDate asOf) {
    public Generated {
      reports = List.copyOf(reports);
      waivers = List.copyOf(waivers);
    }

    /** The number of indicator values in all the reports. */
    public int valueCount() {
      return reports.stream().mapToInt(report -> report.values().size()).sum();
    }
  }

  public Generated generate() {
    var dice = new Dice(seed);
    String planId = "GEN-" + Long.toHexString(seed & 0xffff).toUpperCase(Locale.ROOT);
    PlanDrafter.Draft draft = new PlanDrafter(dice, planId, actions, years, reporters).draft();
    var monitoring = new MonitoringDrafter(dice, draft, years);
    List<MonitoringReport> reports = monitoring.reports();
    LocalDate asOf = LocalDate.of(START_YEAR + years, 4, 1);
    return new Generated(draft.plan(), reports, monitoring.waivers(asOf), asOf);
  }

  private static int requireAtLeast(int minimum, int value, String name) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
    }
    return value;
  }
}
