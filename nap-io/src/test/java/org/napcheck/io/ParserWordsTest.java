package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the parsers say of their own workings (SnakeYAML's events, Jackson's tokens and switches) is
 * told in the words of the person who wrote the file, in English and in French.
 */
class ParserWordsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plan.yaml|napcheck: 1\\nplan:\\n  id: &k X\\n  *k : y\\n"
            + "|a key must be a text, found an alias (*k)|une clé doit être un texte",
        "plan.yaml|napcheck: 1\\nplan:\\n  ? [a, b]\\n  : c\\n"
            + "|a key must be a text, found a list|trouvé : une liste",
        "plan.yaml|napcheck: 1\\nplan:\\n  title: !!binary aGVsbG8=\\n"
            + "|a binary value (!!binary)|une valeur binaire (!!binary)",
        "plan.yaml|napcheck: 1\\nplan: !!binary\\n  R0lGODlhDAAMAIQAAP\\n"
            + "|a binary value (!!binary)|une valeur binaire (!!binary)",
        "plan.json|{\"napcheck\": 1, \"plan\": NaN}"
            + "|expected a number, found \"NaN\": JSON has no such number|attendu : un nombre",
        "plan.json|{\"napcheck\": 1, \"plan\": -Infinity}"
            + "|expected a number, found \"-Infinity\"|« -Infinity »",
        "plan.json|{\"napcheck\": 1, /* note */ \"plan\": {}}"
            + "|a comment, which JSON does not allow|un commentaire, que JSON n'admet pas",
        "plan.json|{\"napcheck\": +1}|a number written with a + sign|un signe +",
      })
  void should_tell_what_the_parser_found_in_words(
      String name, String content, String english, String french) {
    String text = content.replace("\\n", "\n");

    // WHEN
    NapFormatException inEnglish =
        catchThrowableOfType(NapFormatException.class, () -> new NapReader().readPlan(text, name));
    NapFormatException inFrench =
        catchThrowableOfType(
            NapFormatException.class,
            () -> new NapReader().withLocale(Locale.FRENCH).readPlan(text, name));

    // THEN
    assertThat(inEnglish.getMessage())
        .contains(english)
        .doesNotContain("Event", "VALUE_", "JsonReadFeature", "ALLOW_", "Feature", "base64");
    assertThat(inFrench.getMessage().replace('\u202F', ' ')).contains(french);
  }

  @org.junit.jupiter.api.Test
  void should_count_every_problem_though_only_the_first_are_listed() {
    // GIVEN a plan with 2,000 actions that lack their id
    String plan =
        "napcheck: 1\nplan:\n  id: X\n  country: LU\n  title: T\n  period: {start: 2025, end: 2030}\n"
            + "  pillars:\n    - id: I\n      title: P\n      objectives:\n        - id: 1.a\n"
            + "          title: O\n          actions: [\n"
            + "{text: a},\n".repeat(2000)
            + "]\n";

    // WHEN
    NapFormatException refused =
        catchThrowableOfType(
            NapFormatException.class, () -> new NapReader().readPlan(plan, "p.yaml"));

    // THEN
    assertThat(refused.problems()).hasSize(501);
    assertThat(refused.unlisted()).isEqualTo(1500);
    assertThat(refused.total()).isEqualTo(2000);
    assertThat(refused.problems().get(500).message())
        .isEqualTo("and 1500 more problems, not listed");
  }
}
