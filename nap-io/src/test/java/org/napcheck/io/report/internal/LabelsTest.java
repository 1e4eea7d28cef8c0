package org.napcheck.io.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void should_give_the_words_of_a_language_it_has() {
    assertThat(new Labels(Locale.CANADA_FRENCH).get("report.title")).isEqualTo("Rapport napcheck");
  }

  @Test
  void should_give_the_english_words_for_a_language_it_lacks_whatever_the_default_locale() {
    // GIVEN a machine whose default locale is French
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      // WHEN
      var labels = new Labels(Locale.GERMAN);

      // THEN the base words, not the machine's
      assertThat(labels.get("report.title")).isEqualTo("napcheck report");
    } finally {
      Locale.setDefault(before);
    }
  }
}
