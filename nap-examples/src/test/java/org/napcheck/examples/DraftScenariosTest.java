package org.napcheck.examples;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.napcheck.testkit.Scenarios;

/**
 * Draft plans tested like code: every {@code *.scenario.yaml} under {@code scenarios/} is a test.
 * This is all the Java a ministry's repository of drafts needs (docs/testing-drafts.md).
 */
class DraftScenariosTest {
  @TestFactory
  Stream<DynamicTest> scenarios() {
    return Scenarios.in(Path.of("src/test/resources/scenarios"));
  }
}
