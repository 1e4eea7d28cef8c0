package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns one node of a document into a model value. A node it cannot use is reported to the {@link
 * Binder}, and {@code null} returned, so that binding goes on and every problem is found.
 */
@FunctionalInterface
public interface Converter<T> {

  /**
   * @param node present; a {@code null} node inside a list reaches the converter too, which reports
   *     it as missing its value
   * @return {@code null} when the node cannot be used
   */
  T convert(Binder binder, TreePath path, JsonNode node);
}
