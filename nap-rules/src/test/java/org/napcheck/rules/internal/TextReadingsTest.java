package org.napcheck.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReadingsTest {
  private final List<String> read = new ArrayList<>();
  private final TextReadings<String, Integer> readings = new TextReadings<>(3);

  private Integer length(String text) {
    read.add(text);
    return text.length();
  }

  @Test
  void should_read_a_text_once() {
    assertThat(readings.get("women", this::length)).isEqualTo(5);
    assertThat(readings.get("women", this::length)).isEqualTo(5);

    assertThat(read).containsExactly("women");
  }

  @Test
  void should_keep_no_more_than_its_capacity() {
    List.of("a", "bb", "ccc", "dddd").forEach(text -> readings.get(text, this::length));

    // "dddd" found it full: it was emptied, and "a" is read again
    assertThat(readings.get("a", this::length)).isEqualTo(1);
    assertThat(read).containsExactly("a", "bb", "ccc", "dddd", "a");
  }
}
