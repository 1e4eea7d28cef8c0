package org.napcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Waiver;
import org.napcheck.rules.NapChecker;
import org.napcheck.rules.generate.PlanGenerator;
import org.napcheck.rules.reference.ReferenceChecker;

/** What the benchmarks check: Luxembourg's plan, or a generated one. */
final class Data {
  /** Bodies that report each year in generated plans: about as many as Luxembourg's plan lists. */
  static final int REPORTERS = 30;

  /** The seed of every generated plan, so that every run measures the same data. */
  static final long SEED = 20_250_101L;

  private Data() {}

  /** A plan with its reports, waivers and check date. */
  record Input(Plan plan, List<MonitoringReport> reports, List<Waiver> waivers, LocalDate asOf) {}

  /** The checker measured: napcheck's Drools rules, or the plain-Java reference. */
  interface Engine {
    CheckReport check(Input input);

    static Engine named(String name) {
      return switch (name) {
        case "drools" -> {
          NapChecker checker = NapChecker.withDefaults();
          yield input ->
              checker.check(input.plan(), input.reports(), input.asOf(), input.waivers());
        }
        case "reference" -> {
          ReferenceChecker checker = ReferenceChecker.withDefaults();
          yield input ->
              checker.check(input.plan(), input.reports(), input.asOf(), input.waivers());
        }
        default -> throw new IllegalArgumentException("no engine " + name);
      };
    }
  }

  /**
   * Luxembourg's plan with its monitoring data, as of 1 April 2027 (reports for 2025, 2026 due).
   */
  static Input luxembourg() {
    Path folder = root().resolve("nap-examples/data/lu-wps-2");
    var reader = new NapReader();
    try {
      return new Input(
          reader.readPlan(folder.resolve("plan.yaml")),
          reader.readMonitoring(folder.resolve("monitoring")),
          List.of(),
          LocalDate.of(2027, 4, 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A generated plan of {@code actions} actions with {@code years} years of monitoring data. */
  static Input generated(int actions, int years) {
    PlanGenerator.Generated data =
        PlanGenerator.seeded(SEED).actions(actions).years(years).reporters(REPORTERS).generate();
    return new Input(data.plan(), data.reports(), data.waivers(), data.asOf());
  }

  /** The repository: {@code -Dnapcheck.root}, else the working folder or one of its parents. */
  private static Path root() {
    String given = System.getProperty("napcheck.root");
    if (given != null) {
      return Path.of(given);
    }
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      if (Files.isDirectory(folder.resolve("nap-examples/data/lu-wps-2"))) {
        return folder;
      }
    }
    throw new IllegalStateException(
        "run from the napcheck repository, or give it with -Dnapcheck.root=PATH");
  }
}
