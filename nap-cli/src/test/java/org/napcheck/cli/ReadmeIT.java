package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README shows what napcheck prints for a broken draft: it must be what napcheck prints. */
class ReadmeIT {
  /** The draft, then the session that checks it, as the README's section "The command" has them. */
  private static final Pattern EXAMPLE =
      Pattern.compile(
          "For this draft:\\s*```yaml\\n(?<draft>.*?)```\\s*```\\n(?<session>\\$ \\./napcheck check"
              + " draft\\.yaml\\n.*?)```",
          Pattern.DOTALL);

  @Test
  void should_print_for_the_readmes_draft_what_the_readme_says(@TempDir Path dir) throws Exception {
    // GIVEN
    String readme = Files.readString(Jar.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher example = EXAMPLE.matcher(readme);
    assertThat(example.find()).as("the README's example of bad input").isTrue();
    Files.writeString(dir.resolve("draft.yaml"), example.group("draft"), StandardCharsets.UTF_8);
    List<String> session = example.group("session").lines().toList();
    int echo = session.indexOf("$ echo $?");
    List<String> printed = session.subList(1, echo);
    int exitCode = Integer.parseInt(session.get(echo + 1));

    // WHEN
    Jar.Run run = Jar.run(dir, "check", "draft.yaml");

    // THEN
    assertThat(run.err().lines()).containsExactlyElementsOf(printed);
    assertThat(run.out()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(exitCode);
  }
}
