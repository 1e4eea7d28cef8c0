package org.napcheck.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies that accept {@code null} as "empty", as files leave lists out. */
final class Lists {
  private Lists() {}

  static <T> List<T> copyOf(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * An unmodifiable copy that keeps the order the file gave: a {@link SmallMap} for a few entries,
   * as most maps of a plan have; the map itself when it is one already.
   */
  static <K, V> Map<K, V> copyOf(Map<K, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    if (map instanceof SmallMap) {
      return map;
    }
    map.forEach(
        (key, value) -> {
          if (key == null || value == null) {
            throw new NullPointerException("null key or value in " + map);
          }
        });
    return map.size() <= SmallMap.MAX_SIZE
        ? new SmallMap<>(map)
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
