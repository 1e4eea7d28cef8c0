package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * An object of a file format: what it is called in messages, the fields it may have, and how its
 * fields make a model value.
 *
 * @param what e.g. {@code pillar}: its words, {@code a pillar}, are {@code shape.pillar} of {@link
 *     Wording}
 * @param fields every field the format allows, in the documented order
 * @param bind may return {@code null} when a required part could not be read
 */
public record Shape<T>(String what, List<String> fields, Function<Fields, T> bind)
    implements Converter<T> {

  public Shape {
    fields = List.copyOf(fields);
  }

  @Override
  public T convert(Binder binder, TreePath path, JsonNode node) {
    if (!(node instanceof ObjectNode object)) {
      return binder.wrong(path, "expected.shape", node, binder.words().get("shape." + what));
    }
    return bind.apply(new Fields(binder, path, object, fields));
  }
}
