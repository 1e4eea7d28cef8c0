package org.napcheck.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map of a few entries, in the order they were given, kept in one array. A plan's
 * maps are small (a breakdown's categories, a finding's evidence) and there are many of them: a
 * plan of 100,000 actions with five years of reports has about 800,000, and a finding's evidence is
 * one more per finding. In a {@code LinkedHashMap} behind an unmodifiable view each costs about 200
 * bytes; here about 50. Lookups compare keys one by one, which is why {@link Lists#copyOf(Map)}
 * keeps larger maps in a {@code LinkedHashMap}. Equality, hash code and text are those of every
 * map.
 */
final class SmallMap<K, V> extends AbstractMap<K, V> {
  /** The most entries a small map holds. */
  static final int MAX_SIZE = 8;

  /** Key, value, key, value... */
  private final Object[] keysAndValues;

  /**
   * The map of {@code keysAndValues}, key, value, key, value..., which it keeps: no key twice, none
   * {@code null}, at most {@link #MAX_SIZE} pairs.
   */
  static SmallMap<String, String> ofPairs(String[] keysAndValues) {
    if (keysAndValues.length > MAX_SIZE * 2 || keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("not up to " + MAX_SIZE + " pairs");
    }
    for (String keyOrValue : keysAndValues) {
      Objects.requireNonNull(keyOrValue);
    }
    return new SmallMap<>(keysAndValues);
  }

  private SmallMap(Object[] keysAndValues) {
    this.keysAndValues = keysAndValues;
  }

  SmallMap(Map<K, V> map) {
    if (map.size() > MAX_SIZE) {
      throw new IllegalArgumentException("more than " + MAX_SIZE + " entries: " + map.size());
    }
    keysAndValues = new Object[map.size() * 2];
    int i = 0;
    for (Map.Entry<K, V> entry : map.entrySet()) {
      keysAndValues[i++] = Objects.requireNonNull(entry.getKey());
      keysAndValues[i++] = Objects.requireNonNull(entry.getValue());
    }
  }

  @Override
  public int size() {
    return keysAndValues.length / 2;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int index = indexOf(key);
    return index >= 0 ? (V) keysAndValues[index + 1] : null;
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return SmallMap.this.size();
      }

      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keysAndValues.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<K, V> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            var entry =
                new AbstractMap.SimpleImmutableEntry<>(
                    (K) keysAndValues[next], (V) keysAndValues[next + 1]);
            next += 2;
            return entry;
          }
        };
      }
    };
  }
}
