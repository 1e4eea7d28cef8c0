package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;

/** A wire type of the formats both ways: read from a node of a document, and written as one. */
public interface Codec<T> extends Converter<T> {

  /** {@code value}, never {@code null}, as a node of a document. */
  JsonNode tree(T value);

  /**
   * The object this wire type reads, where it reads one: a {@link Shape} its own fields; a budget,
   * a text or {@code {amount, currency, text}}, the fields of its object form. Empty for a value
   * that is no object (a text, a number, a date...). Those who lay an object out otherwise than as
   * a document, such as the spreadsheet template, find its fields here.
   */
  default Optional<Shape<T>> objectShape() {
    return Optional.empty();
  }

  static <T> Codec<T> of(Converter<T> reader, Function<T, JsonNode> writer) {
    return of(reader, writer, null);
  }

  /**
   * A wire type that takes an object of {@code object} among other forms, as a budget takes a text
   * or {@code {amount, currency, text}}: its {@link #objectShape()} is {@code object} ({@code null}
   * for a wire type that takes no object).
   */
  static <T> Codec<T> of(Converter<T> reader, Function<T, JsonNode> writer, Shape<T> object) {
    return new Codec<>() {
      @Override
      public T convert(Binder binder, TreePath path, JsonNode node) {
        return reader.convert(binder, path, node);
      }

      @Override
      public JsonNode tree(T value) {
        return writer.apply(value);
      }

      @Override
      public Optional<Shape<T>> objectShape() {
        return Optional.ofNullable(object);
      }
    };
  }
}
