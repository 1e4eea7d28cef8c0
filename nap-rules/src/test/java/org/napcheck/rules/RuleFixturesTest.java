package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.napcheck.io.NapReader;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Waiver;

/**
 * Runs the rule fixtures under {@code src/test/resources/fixtures/<rule id>/{fires,passes}/}: each
 * folder holds a plan, optional monitoring reports and waivers, and a {@code case.yaml} with the
 * check date and the exact findings of its rule. Findings of other rules are ignored, so that each
 * fixture stays small.
 */
class RuleFixturesTest {
  private static final List<String> OUTCOMES = List.of("fires", "passes");
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
  private static final NapChecker CHECKER = NapChecker.withDefaults();
  private static final NapReader READER = new NapReader();

  /** A fixture's {@code case.yaml}. */
  record Case(String rule, LocalDate asOf, String description, List<Expected> expect) {
    Case {
      expect = expect == null ? List.of() : List.copyOf(expect);
    }
  }

  /** One expected finding: the location parts it has, and evidence entries it must hold. */
  record Expected(
      String pillar,
      String objective,
      String action,
      String indicator,
      Integer year,
      String reporter,
      String actor,
      Map<String, String> evidence) {
    Expected {
      evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }

    Place place() {
      return new Place(pillar, objective, action, indicator, year, reporter, actor);
    }
  }

  /** The parts of a location a fixture states; the plan id is implied. */
  record Place(
      String pillar,
      String objective,
      String action,
      String indicator,
      Integer year,
      String reporter,
      String actor) {
    static Place of(Location location) {
      return new Place(
          location.pillar(),
          location.objective(),
          location.action(),
          location.indicator(),
          location.year(),
          location.reporter(),
          location.actor());
    }
  }

  @TestFactory
  Stream<DynamicTest> should_find_exactly_the_expected_findings_of_each_rule_fixture() {
    return fixtureFolders().stream()
        .map(
            folder ->
                DynamicTest.dynamicTest(
                    folder.getParent().getFileName() + " " + folder.getFileName(),
                    folder.toUri(),
                    () -> check(folder)));
  }

  @Test
  void should_have_a_firing_and_a_passing_fixture_for_every_rule_in_the_catalog() {
    // GIVEN
    Set<String> catalogIds = new TreeSet<>();
    CHECKER.catalog().forEach(info -> catalogIds.add(info.id()));

    // WHEN
    List<String> missing =
        catalogIds.stream()
            .flatMap(id -> OUTCOMES.stream().map(outcome -> id + "/" + outcome))
            .filter(name -> !Files.isRegularFile(fixturesRoot().resolve(name).resolve("case.yaml")))
            .toList();
    Set<String> fixtureIds = new TreeSet<>();
    Set<String> strayFolders = new TreeSet<>();
    for (Path rule : subfolders(fixturesRoot())) {
      fixtureIds.add(rule.getFileName().toString());
      subfolders(rule).stream()
          .filter(folder -> !OUTCOMES.contains(folder.getFileName().toString()))
          .forEach(folder -> strayFolders.add(fixturesRoot().relativize(folder).toString()));
    }

    // THEN
    assertThat(missing).as("fixtures missing for rules of the catalog").isEmpty();
    assertThat(fixtureIds)
        .as("fixture folders naming no rule of the catalog")
        .isSubsetOf(catalogIds);
    assertThat(strayFolders).as("fixture folders other than fires/ and passes/").isEmpty();
  }

  private void check(Path folder) throws IOException {
    // GIVEN
    Case fixture = YAML.readValue(folder.resolve("case.yaml").toFile(), Case.class);
    String id = folder.getParent().getFileName().toString();
    assertThat(fixture.rule()).as("rule of %s", folder).isEqualTo(id);
    if (folder.getFileName().toString().equals("fires")) {
      assertThat(fixture.expect()).as("expected findings of a fires fixture").isNotEmpty();
    } else {
      assertThat(fixture.expect()).as("expected findings of a passes fixture").isEmpty();
    }
    Plan plan = READER.readPlan(folder.resolve("plan.yaml"));
    Path monitoring = folder.resolve("monitoring");
    List<MonitoringReport> reports =
        Files.isDirectory(monitoring) ? READER.readMonitoring(monitoring) : List.of();
    Path waiversFile = folder.resolve("waivers.yaml");
    List<Waiver> waivers =
        Files.isRegularFile(waiversFile) ? READER.readWaivers(waiversFile) : List.of();

    // WHEN
    List<Finding> findings =
        CHECKER.check(plan, reports, fixture.asOf(), waivers).findings().stream()
            .filter(finding -> finding.rule().equals(fixture.rule()))
            .toList();

    // THEN
    assertThat(findings)
        .as("%s %s: %s", id, folder.getFileName(), fixture.description())
        .map(finding -> Place.of(finding.location()))
        .containsExactlyInAnyOrderElementsOf(
            fixture.expect().stream().map(Expected::place).toList());
    for (Expected expected : fixture.expect()) {
      assertThat(findings)
          .filteredOn(finding -> Place.of(finding.location()).equals(expected.place()))
          .as("evidence of the finding at %s", expected.place())
          .anySatisfy(
              finding -> assertThat(finding.evidence()).containsAllEntriesOf(expected.evidence()));
    }
  }

  private static List<Path> fixtureFolders() {
    return subfolders(fixturesRoot()).stream()
        .flatMap(rule -> OUTCOMES.stream().map(rule::resolve).filter(Files::isDirectory))
        .toList();
  }

  private static List<Path> subfolders(Path folder) {
    try (Stream<Path> children = Files.list(folder)) {
      return children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path fixturesRoot() {
    try {
      return Path.of(
          Objects.requireNonNull(RuleFixturesTest.class.getResource("/fixtures"), "fixtures")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
