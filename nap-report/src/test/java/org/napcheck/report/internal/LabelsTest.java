package org.napcheck.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.napcheck.model.Severity;

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

  @Test
  void should_have_every_english_label_in_french() throws IOException {
    assertThat(properties("labels_fr.properties").stringPropertyNames())
        .containsAll(properties("labels.properties").stringPropertyNames());
  }

  @Test
  void should_write_french_in_french_typography_with_dates_written_out_and_counts_agreed() {
    var french = new Labels(Locale.FRENCH);

    assertThat(french.get("deadlines.note")).contains("d'échéance\u202F; les actions");
    assertThat(french.colon()).isEqualTo("\u202F:");
    assertThat(french.date(LocalDate.of(2027, 4, 1))).isEqualTo("1er avril 2027");
    assertThat(french.date(LocalDate.of(2026, 3, 31))).isEqualTo("31 mars 2026");
    assertThat(french.count(Severity.ERROR, 0)).isEqualTo("0 erreur");
    assertThat(french.count(Severity.WARNING, 2)).isEqualTo("2 avertissements");
    assertThat(french.evidenceName("reportsDue")).isEqualTo("rapports attendus le");
    assertThat(french.evidenceValue("baseline, target")).isEqualTo("valeur de référence, cible");
    assertThat(french.evidenceValue("2029-12-31")).isEqualTo("31 décembre 2029");
    assertThat(french.evidenceValue("true")).isEqualTo("oui");
  }

  @Test
  void should_keep_english_dates_iso_and_agree_english_counts() {
    var english = new Labels(Locale.ENGLISH);

    assertThat(english.colon()).isEqualTo(":");
    assertThat(english.date(LocalDate.of(2027, 4, 1))).isEqualTo("2027-04-01");
    assertThat(english.count(Severity.ERROR, 1)).isEqualTo("1 error");
    assertThat(english.count(Severity.ERROR, 2)).isEqualTo("2 errors");
    assertThat(english.evidenceName("reportsDue")).isEqualTo("reportsDue");
  }

  private static Properties properties(String name) throws IOException {
    var properties = new Properties();
    try (var in = Labels.class.getResourceAsStream("/org/napcheck/report/" + name);
        var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
