package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/** A wire type of the formats both ways: read from a node of a document, and written as one. */
public interface Codec<T> extends Converter<T> {

  /** {@code value}, never {@code null}, as a node of a document. */
  JsonNode tree(T value);

  static <T> Codec<T> of(Converter<T> reader, Function<T, JsonNode> writer) {
    return new Codec<>() {
      @Override
      public T convert(Binder binder, TreePath path, JsonNode node) {
        return reader.convert(binder, path, node);
      }

      @Override
      public JsonNode tree(T value) {
        return writer.apply(value);
      }
    };
  }
}
