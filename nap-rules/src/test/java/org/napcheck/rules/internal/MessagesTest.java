package org.napcheck.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.napcheck.model.Location;

class MessagesTest {
  private static final Location ACTION =
      new Location("LU-WPS-2", "I", "1.a", "1.a.1", null, null, null, null);

  @Test
  void should_fill_placeholders_from_location_and_evidence() {
    assertThat(Messages.fill("Action {action}: {code}", ACTION, Map.of("code", "MAE D4")))
        .isEqualTo("Action 1.a.1: MAE D4");
  }

  @Test
  void should_drop_an_optional_part_whose_value_is_missing() {
    String template = "No body {code}.[ Did you mean {closest}?]";

    assertThat(Messages.fill(template, ACTION, Map.of("code", "X"))).isEqualTo("No body X.");
    assertThat(Messages.fill(template, ACTION, Map.of("code", "MAE", "closest", "MFA")))
        .isEqualTo("No body MAE. Did you mean MFA?");
  }
}
