package org.napcheck.rules.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a checker has read in texts, kept across its checks: a ministry checks the same plan again
 * and again as it is drafted and reported on, and most of its texts do not change between two
 * checks. A reading depends on its key alone, so a kept one is the one a new reading would give.
 *
 * <p>Bounded: when it holds {@code capacity} readings it is emptied and fills again. Safe for
 * threads: two checks that read the same new text at once both read it, and one reading stays.
 *
 * @param <K> what a reading depends on (a text, with whatever else changes it)
 * @param <V> the reading, immutable
 */
public final class TextReadings<K, V> {
  private final int capacity;
  private final Map<K, V> readings = new ConcurrentHashMap<>();

  public TextReadings(int capacity) {
    this.capacity = capacity;
  }

  /** The reading of {@code key}: the one kept, else {@code read}'s, then kept. */
  public V get(K key, Function<K, V> read) {
    V reading = readings.get(key);
    if (reading == null) {
      reading = read.apply(key);
      if (readings.size() >= capacity) {
        readings.clear();
      }
      readings.put(key, reading);
    }
    return reading;
  }
}
