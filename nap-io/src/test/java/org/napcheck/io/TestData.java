package org.napcheck.io;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The sample files under {@code src/test/resources/data}, and how tests look at problems. */
final class TestData {

  static final Path DATA = Path.of("src", "test", "resources", "data");

  /** Enough of a plan to be read; tests append fields and pillars under {@code plan:}. */
  static final String PLAN_HEAD =
      """
      napcheck: 1
      plan:
        id: P
        country: LU
        title: T
        period: { start: 2025, end: 2030 }
      """;

  private TestData() {}

  static Path data(String name) {
    return DATA.resolve(name);
  }

  /** The problems the call throws, each as {@code line:column: path: message}. */
  static List<String> problemsOf(ThrowingCallable call) {
    NapFormatException thrown = catchThrowableOfType(NapFormatException.class, call);
    if (thrown == null) {
      throw new AssertionError("expected a NapFormatException, but nothing was thrown");
    }
    return thrown.problems().stream().map(TestData::withoutFile).toList();
  }

  static String withoutFile(Problem problem) {
    String text = problem.toString();
    return text.substring(problem.file().length() + 1).stripLeading();
  }
}
