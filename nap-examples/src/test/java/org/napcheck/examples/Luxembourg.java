package org.napcheck.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.napcheck.io.NapReader;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;

/** Where the Luxembourg example lives, and the example read once for the tests. */
final class Luxembourg {
  static final Path FOLDER = Path.of("data", "lu-wps-2");
  static final Path PLAN = FOLDER.resolve("plan.yaml");
  static final Path MONITORING = FOLDER.resolve("monitoring");
  static final NapReader READER = new NapReader();

  private Luxembourg() {}

  static Plan plan() {
    try {
      return READER.readPlan(PLAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<MonitoringReport> reports() {
    try {
      return READER.readMonitoring(MONITORING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> monitoringFiles() {
    try (Stream<Path> files = Files.list(MONITORING)) {
      return new ArrayList<>(files.sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
