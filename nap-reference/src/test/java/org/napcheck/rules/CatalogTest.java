package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Severity;
import org.napcheck.rules.reference.ReferenceChecker;

class CatalogTest {
  /** The catalog of DESIGN.md, with default severities: ids are a contract. */
  private static final Map<String, Severity> DESIGN_CATALOG = ReferenceChecker.SEVERITIES;

  private static final List<String> PARTS = List.of("title", "message", "why", "source", "fix");

  @Test
  void should_hold_every_rule_of_the_design_with_its_default_severity() {
    // WHEN
    List<RuleInfo> catalog = NapChecker.withDefaults().catalog();

    // THEN
    assertThat(catalog)
        .extracting(RuleInfo::id, RuleInfo::severity)
        .containsExactlyInAnyOrderElementsOf(
            DESIGN_CATALOG.entrySet().stream()
                .map(entry -> org.assertj.core.groups.Tuple.tuple(entry.getKey(), entry.getValue()))
                .toList());
    assertThat(catalog).extracting(RuleInfo::id).isSorted();
  }

  @Test
  void should_give_every_rule_all_its_texts_in_english_and_french() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      // WHEN
      List<RuleInfo> catalog = NapChecker.builder().locale(locale).build().catalog();

      // THEN
      assertThat(catalog)
          .allSatisfy(
              info -> {
                assertThat(info.title()).as("%s title", info.id()).isNotBlank();
                assertThat(info.why()).as("%s why", info.id()).isNotBlank();
                assertThat(info.source()).as("%s source", info.id()).isNotBlank();
                assertThat(info.fix()).as("%s fix", info.id()).isNotBlank();
                assertThat(info.origin()).isEqualTo("napcheck");
              });
    }
  }

  @Test
  void should_have_the_same_keys_in_both_message_bundles() throws IOException {
    // GIVEN
    Properties english = properties("messages.properties");
    Properties french = properties("messages_fr.properties");

    // THEN: French is complete, and adds no key English lacks
    assertThat(french.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String id : DESIGN_CATALOG.keySet()) {
      for (String part : PARTS) {
        String key = id + "." + part;
        assertThat(english.getProperty(key)).as(key).isNotBlank();
        assertThat(french.getProperty(key)).as("fr " + key).isNotEqualTo(english.getProperty(key));
      }
    }
  }

  @Test
  void should_give_catalog_titles_in_the_checker_language() {
    // WHEN
    RuleInfo english = NapChecker.withDefaults().catalog().get(0);
    RuleInfo french = NapChecker.builder().locale(Locale.FRENCH).build().catalog().get(0);

    // THEN
    assertThat(english.id()).isEqualTo(french.id());
    assertThat(english.title()).isNotEqualTo(french.title());
  }

  private static Properties properties(String name) throws IOException {
    var properties = new Properties();
    try (var in = CatalogTest.class.getResourceAsStream(name);
        var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
