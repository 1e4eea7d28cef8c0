package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.napcheck.report.Catalogs;
import org.napcheck.rules.NapChecker;

/**
 * The rule catalog pages in {@code docs/} are generated from the rules' own metadata; the build
 * fails when they are out of date. To write them anew: {@code mvn -pl nap-examples verify
 * -Dnapcheck.golden.update=true}.
 */
class RuleCatalogPageTest {
  @ParameterizedTest
  @CsvSource({"en, ../docs/rules.md", "fr, ../docs/rules.fr.md"})
  void should_match_the_catalog_the_rules_give(String language, String page) throws IOException {
    // GIVEN
    Locale locale = Locale.forLanguageTag(language);
    String generated =
        new Catalogs(locale).markdown(NapChecker.builder().locale(locale).build().catalog());
    Path file = Path.of(page);
    if (Boolean.getBoolean("napcheck.golden.update")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      // written, not compared: an update run checks nothing, so it does not pass
      org.junit.jupiter.api.Assumptions.abort("written anew: " + file + "; review the diff");
    }

    // THEN
    assertThat(file)
        .as("%s is out of date: regenerate it (see this test's Javadoc)", page)
        .exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(generated);
  }
}
