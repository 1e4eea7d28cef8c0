package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field of an object of the formats: its name, whether a file must give it, how its value is
 * read and written, and which part of the model value it holds. A {@link Shape}'s fields are the
 * one table of that object: the reader, the writer, the spreadsheet template's columns, and the
 * tests that hold the JSON Schemas to the formats all read it.
 *
 * @param <T> the model value of the object, e.g. {@code Action}
 * @param <V> the field's value, e.g. {@code String} for an action's {@code text}
 */
public final class Field<T, V> {

  private final String name;
  private final boolean required;
  private final Codec<?> codec;
  private final boolean list;
  private final Function<Fields, V> reader;
  private final Function<V, JsonNode> writer;
  private final Function<T, V> part;

  private Field(
      String name,
      boolean required,
      Codec<?> codec,
      boolean list,
      Function<Fields, V> reader,
      Function<V, JsonNode> writer,
      Function<T, V> part) {
    this.name = name;
    this.required = required;
    this.codec = codec;
    this.list = list;
    this.reader = reader;
    this.writer = writer;
    this.part = part;
  }

  /** A field a file must give. */
  public static <T, V> Field<T, V> required(String name, Codec<V> codec, Function<T, V> part) {
    return new Field<>(
        name, true, codec, false, fields -> fields.required(name, codec), codec::tree, part);
  }

  /** A field a file may leave out: {@code null} when it does; not written when absent or empty. */
  public static <T, V> Field<T, V> optional(String name, Codec<V> codec, Function<T, V> part) {
    return new Field<>(
        name, false, codec, false, fields -> fields.value(name, codec), codec::tree, part);
  }

  /** A list a file may leave out: empty when it does, and not written when empty. */
  public static <T, E> Field<T, List<E>> list(
      String name, Codec<E> element, Function<T, List<E>> part) {
    Function<List<E>, JsonNode> writer =
        values -> {
          ArrayNode array = JsonNodeFactory.instance.arrayNode(values.size());
          values.forEach(value -> array.add(element.tree(value)));
          return array;
        };
    return new Field<>(
        name, false, element, true, fields -> fields.list(name, element), writer, part);
  }

  public String name() {
    return name;
  }

  public boolean isRequired() {
    return required;
  }

  /**
   * The wire type of the field's value; of each item, for a {@linkplain #isList() list}. A field
   * holds objects where the codec has an {@link Codec#objectShape() object shape}: {@code period},
   * {@code budget}, or the items of {@code pillars}.
   */
  public Codec<?> codec() {
    return codec;
  }

  /** Whether the field holds a list of values of its {@link #codec()}. */
  public boolean isList() {
    return list;
  }

  /** The part of {@code value} this field holds, e.g. an action's text; {@code null} if none. */
  public V get(T value) {
    return part.apply(value);
  }

  /**
   * This field of {@code value} as a file has it: a required field whenever it has a value, an
   * optional one unless it is absent or empty; empty when a file leaves it out.
   */
  public Optional<JsonNode> tree(T value) {
    V field = part.apply(value);
    return field != null && (required || !isEmpty(field))
        ? Optional.of(writer.apply(field))
        : Optional.empty();
  }

  V read(Fields fields) {
    return reader.apply(fields);
  }

  private static boolean isEmpty(Object value) {
    return value instanceof Collection<?> collection && collection.isEmpty()
        || value instanceof Map<?, ?> map && map.isEmpty();
  }

  /** Adds this field of {@code value} to {@code node}, as {@link #tree} has it. */
  void write(T value, ObjectNode node) {
    tree(value).ifPresent(tree -> node.set(name, tree));
  }
}
