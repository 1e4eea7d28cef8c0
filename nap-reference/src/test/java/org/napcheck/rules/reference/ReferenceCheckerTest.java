package org.napcheck.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.napcheck.io.NapReader;
import org.napcheck.model.CheckReport;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Waiver;
import org.napcheck.rules.NapChecker;
import org.napcheck.rules.generate.PlanGenerator;

/**
 * The oracle: the Drools rules and their plain-Java reference give the same report, finding for
 * finding, on generated plans and on every rule fixture.
 */
class ReferenceCheckerTest {
  private static final NapChecker DROOLS = NapChecker.withDefaults();
  private static final ReferenceChecker REFERENCE = ReferenceChecker.withDefaults();

  /** Other settings: another language, a shorter "due soon" window, two rules switched off. */
  private static final Set<String> OFF = Set.of("NAP-I004", "NAP-M007");

  private static final NapChecker DROOLS_OTHER =
      NapChecker.builder()
          .locale(Locale.FRENCH)
          .dueSoonWindow(Period.ofMonths(6))
          .disableRules(OFF.toArray(String[]::new))
          .build();
  private static final ReferenceChecker REFERENCE_OTHER =
      new ReferenceChecker(Locale.FRENCH, Period.ofMonths(6), OFF);

  @Property(tries = 80)
  void should_find_what_the_drools_rules_find_in_generated_plans(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 40) int actions,
      @ForAll @IntRange(min = 1, max = 6) int years,
      @ForAll @IntRange(min = 1, max = 8) int reporters,
      @ForAll @IntRange(min = -500, max = 900) int daysFromDue,
      @ForAll boolean otherSettings) {
    // GIVEN
    PlanGenerator.Generated data =
        PlanGenerator.seeded(seed).actions(actions).years(years).reporters(reporters).generate();
    LocalDate asOf = data.asOf().plusDays(daysFromDue);

    // WHEN
    CheckReport drools =
        (otherSettings ? DROOLS_OTHER : DROOLS)
            .check(data.plan(), data.reports(), asOf, data.waivers());
    CheckReport reference =
        (otherSettings ? REFERENCE_OTHER : REFERENCE)
            .check(data.plan(), data.reports(), asOf, data.waivers());

    // THEN
    assertSameReport(reference, drools);
  }

  @TestFactory
  Stream<DynamicTest> should_find_what_the_drools_rules_find_in_every_rule_fixture() {
    return fixtureFolders()
        .map(folder -> DynamicTest.dynamicTest(name(folder), () -> check(folder)));
  }

  private static void check(Path folder) throws IOException {
    // GIVEN
    var reader = new NapReader();
    Plan plan = reader.readPlan(folder.resolve("plan.yaml"));
    Path monitoring = folder.resolve("monitoring");
    List<MonitoringReport> reports =
        Files.isDirectory(monitoring) ? reader.readMonitoring(monitoring) : List.of();
    Path waiversFile = folder.resolve("waivers.yaml");
    List<Waiver> waivers =
        Files.isRegularFile(waiversFile) ? reader.readWaivers(waiversFile) : List.of();
    String caseText = Files.readString(folder.resolve("case.yaml"));
    LocalDate asOf =
        LocalDate.parse(caseText.replaceAll("(?s).*asOf: *([0-9-]{10}).*", "$1").strip());

    // WHEN
    CheckReport drools = DROOLS.check(plan, reports, asOf, waivers);
    CheckReport reference = REFERENCE.check(plan, reports, asOf, waivers);

    // THEN
    assertSameReport(reference, drools);
  }

  private static void assertSameReport(CheckReport reference, CheckReport drools) {
    assertThat(reference.findings())
        .as("findings of the reference (actual) and of the rules (expected)")
        .containsExactlyElementsOf(drools.findings());
    assertThat(reference.rules()).isEqualTo(drools.rules());
    assertThat(reference).isEqualTo(drools);
  }

  private static Stream<Path> fixtureFolders() {
    try {
      Path root =
          Path.of(
              Objects.requireNonNull(
                      ReferenceCheckerTest.class.getResource("/fixtures"), "fixtures")
                  .toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files
            .filter(path -> path.getFileName().toString().equals("case.yaml"))
            .map(Path::getParent)
            .sorted()
            .toList()
            .stream();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String name(Path folder) {
    return folder.getParent().getFileName() + " " + folder.getFileName();
  }
}
