package org.napcheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallMapTest {

  @Test
  void should_behave_as_the_linked_hash_map_it_copies_on_many_random_maps() {
    var random = new Random(20250101);
    for (int n = 0; n < 2_000; n++) {
      // GIVEN: a map of 1 to 8 entries in a random order
      var given = new LinkedHashMap<String, String>();
      int size = 1 + random.nextInt(SmallMap.MAX_SIZE);
      while (given.size() < size) {
        given.put("k" + random.nextInt(20), "v" + random.nextInt(5));
      }

      // WHEN
      Map<String, String> copy = Lists.copyOf(given);

      // THEN: same entries in the same order, equal both ways, same hash code and text
      assertThat(copy).isInstanceOf(SmallMap.class);
      assertThat(copy).containsExactlyEntriesOf(given);
      assertThat(copy.keySet()).containsExactlyElementsOf(given.keySet());
      assertThat(copy.values()).containsExactlyElementsOf(given.values());
      assertThat(copy).isEqualTo(given);
      assertThat(given).isEqualTo(copy);
      assertThat(copy.hashCode()).isEqualTo(given.hashCode());
      assertThat(copy.toString()).isEqualTo(given.toString());
      for (int k = 0; k < 20; k++) {
        assertThat(copy.get("k" + k)).isEqualTo(given.get("k" + k));
        assertThat(copy.containsKey("k" + k)).isEqualTo(given.containsKey("k" + k));
      }
      assertThat(copy.get(null)).isNull();
    }
  }

  @Test
  void should_refuse_changes() {
    Map<String, String> copy = Lists.copyOf(Map.of("sex", "women"));

    assertThatThrownBy(() -> copy.put("age", "18-25"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.remove("sex")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(copy::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.entrySet().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_keep_larger_maps_in_order_and_copy_a_small_map_once() {
    var large = new LinkedHashMap<String, Integer>();
    for (int i = 20; i > 0; i--) {
      large.put("c" + i, i);
    }
    Map<String, String> small = Lists.copyOf(Map.of("a", "b"));

    assertThat(Lists.copyOf(large)).containsExactlyEntriesOf(large);
    assertThat(Lists.copyOf(small)).isSameAs(small);
  }
}
