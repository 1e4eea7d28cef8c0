package org.napcheck.rules.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/** A set of words or of body codes, as sorted numbers given them in order of appearance. */
record IdSet(int[] ids) {
  private static final int[] NONE = {-1};

  static IdSet of(Set<String> items, Map<String, Integer> numbers) {
    int[] ids = new int[items.size()];
    int k = 0;
    for (String item : items) {
      Integer known = numbers.get(item);
      if (known == null) {
        known = numbers.size();
        numbers.put(item, known);
      }
      ids[k++] = known;
    }
    Arrays.sort(ids);
    return new IdSet(ids);
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  /** The bodies to index the action by; -1 for an action that names none. */
  int[] keys() {
    return ids.length == 0 ? NONE : ids;
  }

  /** The Jaccard index, 1 when neither names a body. */
  double similarity(IdSet other) {
    if (ids.length == 0 && other.ids.length == 0) {
      return 1.0;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < ids.length && j < other.ids.length; ) {
      if (ids[i] == other.ids[j]) {
        shared++;
        i++;
        j++;
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / (ids.length + other.ids.length - shared);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdSet set && Arrays.equals(ids, set.ids);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ids);
  }

  @Override
  public String toString() {
    return Arrays.toString(ids);
  }
}
