package org.napcheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.napcheck.cli.HostileCorpus.Case;

/**
 * The cases of the hostile corpus that are about memory (those that give a heap in {@code
 * cases.yaml}) through the jar, as a ministry would run it, in a JVM of that heap and within the
 * case's time; {@link HostileInputTest} runs the others in process.
 */
class HostileInputIT {
  static Stream<Case> cases() throws Exception {
    return HostileCorpus.cases().stream().filter(Case::needsItsOwnHeap);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Execution(ExecutionMode.CONCURRENT)
  void should_refuse_or_check_hostile_input_as_the_corpus_says(Case hostile, @TempDir Path dir)
      throws Exception {
    // GIVEN the corpus, and the files the case makes, in a folder of their own
    HostileCorpus.lay(hostile, dir);

    // WHEN
    Jar.Run run =
        Jar.run(
            dir,
            hostile.timeout(),
            List.of("-Xmx" + hostile.heap(), "-XX:TieredStopAtLevel=1"),
            hostile.args().toArray(String[]::new));

    // THEN
    HostileCorpus.assertAsTheCaseSays(hostile, run, dir);
  }
}
