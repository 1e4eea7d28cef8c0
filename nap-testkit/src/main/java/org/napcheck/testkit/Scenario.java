package org.napcheck.testkit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.napcheck.model.Severity;

/** A scenario file, read: paths resolved against the file's folder. */
record Scenario(
    Path file,
    String name,
    Path plan,
    List<Path> monitoring,
    LocalDate asOf,
    Path waivers,
    List<Path> rules,
    List<String> disable,
    Integer dueSoonMonths,
    List<Expectation> expect,
    List<Expectation> expectNone,
    Severity failOn) {

  Scenario {
    monitoring = List.copyOf(monitoring);
    rules = List.copyOf(rules);
    disable = List.copyOf(disable);
    expect = List.copyOf(expect);
    expectNone = List.copyOf(expectNone);
  }
}
