package org.napcheck.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.napcheck.cli.HostileCorpus.Case;

/**
 * The cases of the hostile corpus that are not about memory (those that give no heap in {@code
 * cases.yaml}), in process ({@link InProcess}), one at a time, each within the case's time; {@link
 * HostileInputIT} runs the others through the jar. The files are named as {@code cases.yaml} names
 * them, relative to the {@link WorkingFolder}, which is laid anew for each case.
 */
class HostileInputTest {
  static Stream<Case> cases() throws Exception {
    return HostileCorpus.cases().stream().filter(hostile -> !hostile.needsItsOwnHeap());
  }

  @BeforeAll
  static void from_a_working_folder_of_their_own() {
    WorkingFolder.assumeOwn();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_refuse_or_check_hostile_input_as_the_corpus_says(Case hostile) throws Exception {
    // GIVEN the corpus, and the files the case makes, alone in the working folder
    Path dir = WorkingFolder.emptied();
    HostileCorpus.lay(hostile, dir);

    // WHEN
    Jar.Run run =
        assertTimeoutPreemptively(
            hostile.timeout(), () -> InProcess.run(hostile.args().toArray(String[]::new)));

    // THEN
    HostileCorpus.assertAsTheCaseSays(hostile, run, dir);
  }
}
