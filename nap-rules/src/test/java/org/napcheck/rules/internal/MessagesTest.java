package org.napcheck.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.napcheck.model.Location;
import org.napcheck.model.internal.Typography;

class MessagesTest {
  private static final Location ACTION =
      new Location("LU-WPS-2", "I", "1.a", "1.a.1", null, null, null, null);

  @Test
  void should_fill_placeholders_from_location_and_evidence() {
    assertThat(
            MessageTemplate.parse("Action {action}: {code}").fill(ACTION, Map.of("code", "MAE D4")))
        .isEqualTo("Action 1.a.1: MAE D4");
  }

  @Test
  void should_drop_an_optional_part_whose_value_is_missing() {
    String template = "No body {code}.[ Did you mean {closest}?]";

    assertThat(MessageTemplate.parse(template).fill(ACTION, Map.of("code", "X")))
        .isEqualTo("No body X.");
    assertThat(
            MessageTemplate.parse(template).fill(ACTION, Map.of("code", "MAE", "closest", "MFA")))
        .isEqualTo("No body MAE. Did you mean MFA?");
  }

  @Test
  void should_leave_unknown_names_and_unclosed_brackets_as_they_are() {
    assertThat(
            MessageTemplate.parse("{nothing} in [{year}] and [{action}, {reporter}] [ok")
                .fill(ACTION, Map.of()))
        .isEqualTo("{nothing} in  and  [ok");
    assertThat(MessageTemplate.parse("[a [{action}] b]").fill(ACTION, Map.of()))
        .isEqualTo("[a 1.a.1 b]");
  }

  @Test
  void should_prefer_evidence_to_a_location_part_of_the_same_name() {
    assertThat(MessageTemplate.parse("Action {action}").fill(ACTION, Map.of("action", "2.b.1")))
        .isEqualTo("Action 2.b.1");
  }

  @Test
  void should_give_the_texts_of_a_language_it_has() {
    assertThat(new Messages(Locale.CANADA_FRENCH).text("NAP-P001", "title"))
        .contains("Pilier sans objectif");
  }

  @Test
  void should_give_the_english_texts_for_a_language_it_lacks_whatever_the_default_locale() {
    // GIVEN a machine whose default locale is French
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      // WHEN
      var messages = new Messages(Locale.GERMAN);

      // THEN the base texts, not the machine's, in English, as locale() says
      assertThat(messages.locale()).isEqualTo(Locale.ENGLISH);
      assertThat(messages.text("NAP-P001", "title")).contains("Pillar with no objective");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void should_write_values_for_french_readers() {
    // GIVEN
    var french = new Messages(Locale.FRENCH);

    // WHEN / THEN: dates written out, codes named, counts agreed, decimals with a comma
    assertThat(french.format("deadline", "2029-12-31", null)).isEqualTo("31 décembre 2029");
    assertThat(french.format("reportsDue", "2027-04-01", null)).isEqualTo("1er avril 2027");
    assertThat(french.format("dimension", "sex", null)).isEqualTo("sexe");
    assertThat(french.format("missing", "baseline, target", null))
        .isEqualTo("valeur de référence, cible");
    assertThat(french.format("kind", "indicator", "the")).isEqualTo("l'indicateur");
    assertThat(french.format("female", "0", "plural,femme|femmes")).isEqualTo("0 femme");
    assertThat(french.format("female", "1", "plural,femme|femmes")).isEqualTo("1 femme");
    assertThat(french.format("female", "2", "plural,femme|femmes")).isEqualTo("2 femmes");
    assertThat(french.format("value", "12.5", null)).isEqualTo("12,5");
  }

  @Test
  void should_leave_quoted_text_ids_and_unknown_codes_as_given() {
    var french = new Messages(Locale.FRENCH);

    assertThat(french.format("text", "sex", null)).isEqualTo("sex");
    assertThat(french.format("objective", "1.2", null)).isEqualTo("1.2");
    assertThat(french.format("dimension", "disability", null)).isEqualTo("disability");
    assertThat(french.format("missing", "baseline, budget", null)).isEqualTo("baseline, budget");
  }

  @Test
  void should_keep_english_dates_iso_and_agree_english_counts() {
    var english = new Messages(Locale.ENGLISH);

    assertThat(english.format("deadline", "2029-12-31", null)).isEqualTo("2029-12-31");
    assertThat(english.format("female", "0", "plural,woman|women")).isEqualTo("0 women");
    assertThat(english.format("female", "1", "plural,woman|women")).isEqualTo("1 woman");
  }

  @Test
  void should_set_french_messages_in_french_typography_and_leave_quoted_text_alone() {
    // GIVEN
    var french = new Messages(Locale.FRENCH);
    Map<String, String> evidence = Map.of("text", "Number: \"x\" ; y", "missing", "target");

    // WHEN
    String message =
        french.findingMessage("Texte ({missing}) : « {text} » ; vraiment ?", ACTION, evidence);

    // THEN
    assertThat(message)
        .isEqualTo("Texte (cible)\u202F: «\u202FNumber: \"x\" ; y\u202F»\u202F; vraiment\u202F?");
  }

  @Test
  void should_set_french_typography_without_touching_the_plan_format() {
    assertThat(Typography.french("a : b ; c ! « d » (themes: [x])"))
        .isEqualTo("a\u202F: b\u202F; c\u202F! «\u202Fd\u202F» (themes: [x])");
    assertThat(Typography.french("déjà\u00A0: fait?")).isEqualTo("déjà\u202F: fait\u202F?");
  }
}
