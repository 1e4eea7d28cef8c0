package org.napcheck.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where Luxembourg's plan lies, whether run from the repository or from nap-examples. */
final class ExampleData {
  private ExampleData() {}

  /** The folder of Luxembourg's plan: {@code plan.yaml} and {@code monitoring/}. */
  static Path luxembourg() {
    for (Path candidate :
        List.of(Path.of("data", "lu-wps-2"), Path.of("nap-examples", "data", "lu-wps-2"))) {
      if (Files.isRegularFile(candidate.resolve("plan.yaml"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "run from the repository or from nap-examples: no data/lu-wps-2/plan.yaml here");
  }
}
