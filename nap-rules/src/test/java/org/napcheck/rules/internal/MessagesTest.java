package org.napcheck.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.napcheck.model.Location;

class MessagesTest {
  private static final Location ACTION =
      new Location("LU-WPS-2", "I", "1.a", "1.a.1", null, null, null, null);

  @Test
  void should_fill_placeholders_from_location_and_evidence() {
    assertThat(
            Messages.Template.parse("Action {action}: {code}")
                .fill(ACTION, Map.of("code", "MAE D4")))
        .isEqualTo("Action 1.a.1: MAE D4");
  }

  @Test
  void should_drop_an_optional_part_whose_value_is_missing() {
    String template = "No body {code}.[ Did you mean {closest}?]";

    assertThat(Messages.Template.parse(template).fill(ACTION, Map.of("code", "X")))
        .isEqualTo("No body X.");
    assertThat(
            Messages.Template.parse(template).fill(ACTION, Map.of("code", "MAE", "closest", "MFA")))
        .isEqualTo("No body MAE. Did you mean MFA?");
  }

  @Test
  void should_leave_unknown_names_and_unclosed_brackets_as_they_are() {
    assertThat(
            Messages.Template.parse("{nothing} in [{year}] and [{action}, {reporter}] [ok")
                .fill(ACTION, Map.of()))
        .isEqualTo("{nothing} in  and  [ok");
    assertThat(Messages.Template.parse("[a [{action}] b]").fill(ACTION, Map.of()))
        .isEqualTo("[a 1.a.1 b]");
  }

  @Test
  void should_prefer_evidence_to_a_location_part_of_the_same_name() {
    assertThat(Messages.Template.parse("Action {action}").fill(ACTION, Map.of("action", "2.b.1")))
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

      // THEN the base texts, not the machine's
      assertThat(messages.locale()).isEqualTo(Locale.ROOT);
      assertThat(messages.text("NAP-P001", "title")).contains("Pillar with no objective");
    } finally {
      Locale.setDefault(before);
    }
  }
}
