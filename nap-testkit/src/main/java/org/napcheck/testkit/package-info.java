/**
 * Public API: testing draft plans like code. AssertJ assertions on check reports, and scenario
 * files run as JUnit 5 tests.
 *
 * <pre>{@code
 * import static org.napcheck.testkit.NapAssertions.assertThat;
 *
 * assertThat(report).hasFinding("NAP-M001").at("3.b.3");
 * assertThat(report).hasNoFindingsAtOrAbove(Severity.WARNING);
 *
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *   return Scenarios.in(Path.of("src/test/resources/scenarios"));
 * }
 * }</pre>
 *
 * <p>Scenario files: {@code docs/testing-drafts.md}.
 */
package org.napcheck.testkit;
