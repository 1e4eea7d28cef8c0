package org.napcheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingEvidenceTest {

  @Test
  void should_keep_names_and_values_in_their_order_and_be_kept_by_the_finding_as_it_is() {
    // GIVEN
    Map<String, String> evidence = Finding.evidenceOf("year", "2026", "count", "3", "id", "1.a.1");

    // WHEN
    var finding = new Finding("NAP-M007", Severity.INFO, Location.ofPlan("P"), "m", evidence, null);

    // THEN
    assertThat(evidence)
        .containsExactly(
            Map.entry("year", "2026"), Map.entry("count", "3"), Map.entry("id", "1.a.1"));
    assertThat(evidence.toString()).isEqualTo("{year=2026, count=3, id=1.a.1}");
    assertThat(finding.evidence()).isSameAs(evidence);
    assertThatThrownBy(() -> evidence.put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_hold_more_than_a_small_map_does_in_order() {
    // GIVEN nine pairs
    var pairs = new String[18];
    for (int i = 0; i < 9; i++) {
      pairs[2 * i] = "k" + i;
      pairs[2 * i + 1] = "v" + i;
    }

    // WHEN
    Map<String, String> evidence = Finding.evidenceOf(pairs);

    // THEN
    assertThat(List.copyOf(evidence.keySet()))
        .containsExactly("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8");
    assertThatThrownBy(() -> evidence.put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_refuse_a_missing_name_or_value() {
    assertThatThrownBy(() -> Finding.evidenceOf("year", null))
        .isInstanceOf(NullPointerException.class);
  }
}
