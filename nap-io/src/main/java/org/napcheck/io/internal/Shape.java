package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An object of a file format: what it is called in messages, its fields in the documented order,
 * and how their values make a model value. Reading and writing both follow the fields.
 */
public final class Shape<T> implements Codec<T> {

  private final String what;
  private final List<Field<T, ?>> fields;
  private final List<String> names;
  private final Function<Values, T> make;

  /**
   * @param what e.g. {@code pillar}: its words, {@code a pillar}, are {@code shape.pillar} of
   *     {@link Wording}
   * @param fields every field the format allows, in the documented order
   * @param make the model value from the values read; may return {@code null} when a required part
   *     could not be read
   */
  public Shape(String what, List<Field<T, ?>> fields, Function<Values, T> make) {
    this.what = what;
    this.fields = List.copyOf(fields);
    this.names = this.fields.stream().map(Field::name).toList();
    this.make = make;
  }

  /** The object's name in messages and in the JSON Schemas' {@code $defs}. */
  public String what() {
    return what;
  }

  public List<Field<T, ?>> fields() {
    return fields;
  }

  /** The names of the fields, in the documented order. */
  public List<String> names() {
    return names;
  }

  /** Itself: an object is read by its fields. */
  @Override
  public Optional<Shape<T>> objectShape() {
    return Optional.of(this);
  }

  @Override
  public T convert(Binder binder, TreePath path, JsonNode node) {
    if (!(node instanceof ObjectNode object)) {
      return binder.wrong(path, "expected.shape", node, binder.words().get("shape." + what));
    }
    Fields given = new Fields(binder, path, object, names);
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = fields.get(i).read(given);
    }
    return make.apply(new Values(given, values));
  }

  /** {@code value} as an object with its fields in the documented order, absent ones left out. */
  @Override
  public ObjectNode tree(T value) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    fields.forEach(field -> field.write(value, node));
    return node;
  }

  /** The values of one object as read, field by field. */
  public final class Values {
    private final Fields given;
    private final Object[] values;

    private Values(Fields given, Object[] values) {
      this.given = given;
      this.values = values;
    }

    /** The value read for {@code field}: {@code null} when absent or unusable. */
    @SuppressWarnings("unchecked") // each value was read by its own field
    public <V> V get(Field<T, V> field) {
      int index = fields.indexOf(field);
      if (index < 0) {
        throw new IllegalArgumentException(field.name() + " is not a field of " + what);
      }
      return (V) values[index];
    }

    /** The object's fields, to report a problem that concerns more than one of them. */
    public Fields given() {
      return given;
    }
  }
}
