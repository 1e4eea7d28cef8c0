package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --help} in French when {@code --lang fr} is among the arguments: every command's, with no
 * word of the English help left in it (the check nap-examples' LuxembourgFrenchTest makes of the
 * reports and of the problems of input files), in French typography; English otherwise, as the
 * annotations write it.
 */
class FrenchHelpTest {
  private static final char NARROW = '\u202F';

  /** Every way to ask for help, each command's. */
  static Stream<List<String>> helps() {
    return Stream.of(
        List.of("--help"),
        List.of("help"),
        List.of("check", "--help"),
        List.of("rules", "--help"),
        List.of("validate", "--help"),
        List.of("diff", "--help"),
        List.of("serve", "--help"),
        List.of("help", "help"));
  }

  /** What a French help may hold that is not French: option names, values, file names. */
  private static final Pattern NOT_PROSE =
      Pattern.compile(
          "-{1,2}[A-Za-z][\\w-]*(=\\S+)?|\\S+\\|\\S+|\\S+\\.(yaml|yml|json|xlsx|drl)\\b|\\S+/");

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

  /** The commands' names, which are the same in every language. */
  private static final Set<String> NAMES =
      Set.of("check", "rules", "validate", "diff", "serve", "help");

  @ParameterizedTest(name = "{0}")
  @MethodSource("helps")
  void should_write_the_help_in_french_with_lang_fr(List<String> asked) {
    // GIVEN the words of the English help that the French one never uses
    Set<String> english = englishOnlyWords();

    // WHEN
    String french = run(withFrench(asked));

    // THEN
    var found = new TreeSet<String>();
    Matcher word = WORD.matcher(NOT_PROSE.matcher(french).replaceAll(" "));
    while (word.find()) {
      if (!isLabel(word.group()) && english.contains(word.group().toLowerCase(Locale.ROOT))) {
        found.add(word.group());
      }
    }
    assertThat(found).as("English words in %s:%n%s", asked, french).isEmpty();
    assertThat(french)
        .startsWith(asked.equals(List.of("help", "help")) ? "Affiche" : "Usage" + NARROW + ":");
    assertThat(french).doesNotContainPattern(" [:;?!]");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("helps")
  void should_keep_the_english_help_without_lang_fr(List<String> asked) {
    String english = run(asked);
    String alsoEnglish = run(withLang(asked, "en"));

    assertThat(english).isEqualTo(alsoEnglish).doesNotContain("Affiche", "Usage" + NARROW);
  }

  @Test
  void should_take_lang_fr_in_either_form_and_anywhere() {
    String french = run(List.of("check", "--help", "--lang", "fr"));

    assertThat(run(List.of("check", "--lang=fr", "--help"))).isEqualTo(french);
    assertThat(run(List.of("--lang", "FR", "help", "check"))).isEqualTo(french);
    assertThat(french).contains("Vérifie un plan avec ses données de suivi");
  }

  @Test
  void should_catch_the_english_words_of_a_help_left_untranslated() {
    Set<String> english = englishOnlyWords();

    assertThat(english).contains("checks", "findings", "repeatable", "exit", "stack");
    assertThat(english).doesNotContain("napcheck", "plan", "json", "id", "bean");
  }

  /** The words of every English help, less those of the French help and command lines. */
  private static Set<String> englishOnlyWords() {
    var english = new TreeSet<String>();
    helps().forEach(asked -> english.addAll(words(NOT_PROSE.matcher(run(asked)).replaceAll(" "))));
    for (String resource :
        List.of("org/napcheck/cli/help_fr.properties", "org/napcheck/cli/cli_fr.properties")) {
      for (Object value : properties(resource).values()) {
        english.removeAll(words(value.toString()));
      }
    }
    english.removeIf(word -> word.length() < 3);
    english.removeAll(NAMES);
    return english;
  }

  /** A parameter's label, such as {@code COMMAND} or {@code PLAN}: the same in every language. */
  private static boolean isLabel(String word) {
    return word.equals(word.toUpperCase(Locale.ROOT));
  }

  private static Set<String> words(String text) {
    var words = new TreeSet<String>();
    Matcher word = WORD.matcher(text.replace("%n", " "));
    while (word.find()) {
      if (!isLabel(word.group())) {
        words.add(word.group().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  private static List<String> withFrench(List<String> asked) {
    return withLang(asked, "fr");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void should_tell_a_mistake_on_the_command_line_in_french(List<String> args, String expected) {
    var err = new StringWriter();

    int code =
        Napcheck.run(
            withFrench(args).toArray(String[]::new),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(err.toString())
        .startsWith("napcheck" + NARROW + ": " + expected)
        .doesNotContain("Missing", "Unknown", "Did you mean", "See '", " takes ", " not ")
        .doesNotContainPattern(" [:;?!]");
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> mistakes() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            List.of("check"), "argument obligatoire manquant" + NARROW + ": PLAN|DIR"),
        org.junit.jupiter.params.provider.Arguments.of(
            List.of("check", "plan.yaml", "--formt", "json"),
            "arguments inconnus" + NARROW + ": «" + NARROW + "--formt json" + NARROW + "»"),
        org.junit.jupiter.params.provider.Arguments.of(
            List.of("chek", "plan.yaml"),
            "arguments inconnus" + NARROW + ": «" + NARROW + "chek plan.yaml" + NARROW + "»"),
        org.junit.jupiter.params.provider.Arguments.of(
            List.of("check", "plan.yaml", "--format", "pdf"),
            "--format prend text, json, csv, md, html, sarif ou xlsx, pas «" + NARROW + "pdf"),
        org.junit.jupiter.params.provider.Arguments.of(
            List.of("check", "plan.yaml", "--fail-on", "always"),
            "--fail-on prend error, warning, info ou never, pas «" + NARROW + "always"),
        org.junit.jupiter.params.provider.Arguments.of(
            List.of("check", "plan.yaml", "--split-by", "pillar", "--output", "out"),
            "--split-by prend actor, pas «" + NARROW + "pillar"),
        org.junit.jupiter.params.provider.Arguments.of(
            List.of("check", "plan.yaml", "--split-by", "actor"),
            "--split-by actor écrit un rapport par organe dans un dossier"),
        org.junit.jupiter.params.provider.Arguments.of(
            List.of("rules", "--format", "pdf"), "--format prend text, json ou md"),
        org.junit.jupiter.params.provider.Arguments.of(
            List.of("check", "no-such-folder-here/"), "fichier introuvable"));
  }

  private static List<String> withLang(List<String> asked, String lang) {
    var args = new ArrayList<>(asked);
    if (asked.get(0).equals("help") || asked.get(0).startsWith("-")) {
      args.addAll(0, List.of("--lang", lang));
    } else {
      args.addAll(List.of("--lang", lang));
    }
    return args;
  }

  private static String run(List<String> args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code =
        Napcheck.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as("%s: %s", args, err).isZero();
    return out.toString();
  }

  private static Properties properties(String resource) {
    var properties = new Properties();
    try (InputStream in = FrenchHelpTest.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
