package org.napcheck.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Waiver;
import org.napcheck.rules.NapChecker;

/**
 * Runs scenario files: a draft plan, optional monitoring data, an as-of date, and the findings
 * expected, checked without writing Java ({@code docs/testing-drafts.md}).
 *
 * <pre>{@code
 * class DraftPlanTest {
 *   @TestFactory
 *   Stream<DynamicTest> scenarios() {
 *     return Scenarios.in(Path.of("src/test/resources/scenarios"));
 *   }
 * }
 * }</pre>
 *
 * <p>A scenario file is named {@code *.scenario.yaml}:
 *
 * <pre>{@code
 * plan: draft.yaml              # YAML, JSON or XLSX; paths are relative to the scenario
 * monitoring: [monitoring/]     # optional: files or folders
 * asOf: 2027-04-01
 * expect:
 *   - { rule: NAP-P005, at: 1.a.1 }
 *   - NAP-G001
 * expectNone: [NAP-M001]
 * failOn: warning               # optional: nothing else at or above it, waived findings aside
 * }</pre>
 */
public final class Scenarios {
  private static final int CHECKERS_KEPT = 8;

  /** Checkers are slow to build and safe to share: one per distinct set of settings. */
  private static final Map<String, NapChecker> CHECKERS =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, NapChecker> eldest) {
          return size() > CHECKERS_KEPT;
        }
      };

  private Scenarios() {}

  /**
   * One test per scenario file ({@code *.scenario.yaml} or {@code *.scenario.yml}) under {@code
   * folder} and its sub-folders, named by their path under it, in path order.
   *
   * @throws IllegalArgumentException when the folder holds no scenario: a test that finds nothing
   *     to run is a mistake, not a pass
   */
  public static Stream<DynamicTest> in(Path folder) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Scenarios::isScenario).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the scenarios in " + folder, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "no *.scenario.yaml under " + folder.toAbsolutePath().normalize());
    }
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    folder.relativize(file).toString(), file.toUri(), () -> check(file)));
  }

  /**
   * Runs one scenario file.
   *
   * @throws AssertionError listing every expectation the report does not meet
   * @throws IllegalArgumentException when the scenario file is not right
   * @throws IOException when the plan or the data cannot be read; a {@link
   *     org.napcheck.io.NapFormatException} names each problem
   */
  public static void check(Path scenarioFile) throws IOException {
    Scenario scenario = ScenarioFile.read(scenarioFile);
    NapChecker checker = checker(scenario);
    CheckReport report = run(scenario, checker);
    var failures = new ArrayList<String>();
    Set<String> known =
        checker.catalog().stream().map(RuleInfo::id).collect(Collectors.toCollection(TreeSet::new));
    unknownRules(scenario, known, failures);
    expectations(scenario, known, NapAssertions.assertThat(report), failures);
    if (scenario.failOn() != null) {
      unexpectedFindings(scenario, report, failures);
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(
          scenario.name()
              + " ("
              + scenarioFile
              + ", as of "
              + scenario.asOf()
              + "): "
              + failures.size()
              + (failures.size() == 1 ? " expectation" : " expectations")
              + " not met\n\n"
              + String.join("\n\n", failures));
    }
  }

  /** A failure for each rule an expectation names that the checker does not have. */
  private static void unknownRules(Scenario scenario, Set<String> known, List<String> failures) {
    Stream.concat(scenario.expect().stream(), scenario.expectNone().stream())
        .map(Expectation::rule)
        .filter(rule -> !known.contains(rule))
        .distinct()
        .forEach(rule -> failures.add("no rule has the id " + rule + "; the rules are " + known));
  }

  /**
   * A failure for each expect and expectNone entry of a known rule that the report does not meet.
   */
  private static void expectations(
      Scenario scenario, Set<String> known, ReportAssert assertion, List<String> failures) {
    for (Expectation expectation : scenario.expect()) {
      if (!known.contains(expectation.rule())) {
        continue;
      }
      attempt(failures, "expect " + expectation, () -> expectation.expectIn(assertion));
    }
    for (Expectation expectation : scenario.expectNone()) {
      if (!known.contains(expectation.rule())) {
        continue;
      }
      attempt(
          failures,
          "expectNone " + expectation,
          () -> {
            if (expectation.at() == null) {
              assertion.hasNoFinding(expectation.rule());
            } else {
              assertion.hasNoFinding(expectation.rule(), expectation.at());
            }
          });
    }
  }

  /** A failure when findings at or above failOn, not waived, are not named by an expect entry. */
  private static void unexpectedFindings(
      Scenario scenario, CheckReport report, List<String> failures) {
    List<Finding> unexpected =
        report.findings().stream()
            .filter(f -> !f.waived() && f.severity().isAtLeast(scenario.failOn()))
            .filter(f -> scenario.expect().stream().noneMatch(e -> e.matches(f)))
            .toList();
    if (!unexpected.isEmpty()) {
      failures.add(
          "failOn "
              + scenario.failOn().code()
              + ": "
              + unexpected.size()
              + " finding(s) at or above it that no expect entry names:\n"
              + ReportAssert.Describe.list(unexpected));
    }
  }

  private static boolean isScenario(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file)
        && (name.endsWith(".scenario.yaml") || name.endsWith(".scenario.yml"));
  }

  private static void attempt(List<String> failures, String what, Runnable check) {
    try {
      check.run();
    } catch (AssertionError e) {
      failures.add(what + ":\n" + e.getMessage().strip());
    }
  }

  private static CheckReport run(Scenario scenario, NapChecker checker) throws IOException {
    var reader = new NapReader();
    Plan plan = reader.readPlan(scenario.plan());
    var reports = new ArrayList<MonitoringReport>();
    for (Path path : scenario.monitoring()) {
      reports.addAll(reader.readMonitoring(path));
    }
    List<Waiver> waivers =
        scenario.waivers() == null ? List.of() : reader.readWaivers(scenario.waivers());
    return checker.check(plan, reports, scenario.asOf(), waivers);
  }

  private static NapChecker checker(Scenario scenario) throws IOException {
    var rules = new LinkedHashMap<String, String>();
    for (Path file : scenario.rules()) {
      rules.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
    String key =
        rules.entrySet().stream()
                .map(entry -> entry.getKey() + "#" + entry.getValue().hashCode())
                .collect(Collectors.joining(","))
            + "|"
            + scenario.disable().stream().sorted().collect(Collectors.joining(","))
            + "|"
            + scenario.dueSoonMonths();
    synchronized (CHECKERS) {
      NapChecker cached = CHECKERS.get(key);
      if (cached != null) {
        return cached;
      }
    }
    NapChecker.Builder builder =
        NapChecker.builder().disableRules(scenario.disable().toArray(String[]::new));
    rules.forEach(builder::extraRules);
    if (scenario.dueSoonMonths() != null) {
      builder.dueSoonWindow(Period.ofMonths(scenario.dueSoonMonths()));
    }
    NapChecker checker = builder.build();
    synchronized (CHECKERS) {
      CHECKERS.put(key, checker);
    }
    return checker;
  }
}
