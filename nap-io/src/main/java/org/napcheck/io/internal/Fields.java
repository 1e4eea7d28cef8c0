package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The fields of one object being bound; unknown fields are reported when it is created. */
public final class Fields {

  private final Binder binder;
  private final TreePath path;
  private final ObjectNode node;

  Fields(Binder binder, TreePath path, ObjectNode node, List<String> allowed) {
    this.binder = binder;
    this.path = path;
    this.node = node;
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        binder.unknownField(path.child(name), allowed);
      }
    }
  }

  public TreePath path() {
    return path;
  }

  /** The language of the problems. */
  public Wording words() {
    return binder.words();
  }

  /** The field's value, or {@code null} when it is absent or {@code null}. */
  public <T> T value(String name, Converter<T> converter) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    return converter.convert(binder, path.child(name), value);
  }

  /** Like {@link #value}, and a problem when the field is absent or {@code null}. */
  public <T> T required(String name, Converter<T> converter) {
    if (!has(name)) {
      missing(name);
      return null;
    }
    return converter.convert(binder, path.child(name), node.get(name));
  }

  /** The elements that could be read; empty when the field is absent or {@code null}. */
  public <T> List<T> list(String name, Converter<T> element) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    TreePath at = path.child(name);
    if (!(value instanceof ArrayNode array)) {
      binder.wrong(at, "expected.list", value);
      return List.of();
    }
    var elements = new ArrayList<T>(array.size());
    var fileIndexes = new ArrayList<Integer>(array.size());
    for (int i = 0; i < array.size(); i++) {
      T converted = element.convert(binder, at.child(i), array.get(i));
      if (converted != null) {
        elements.add(converted);
        fileIndexes.add(i);
      }
    }
    if (elements.size() < array.size()) {
      binder.keptElements(at, fileIndexes);
    }
    return elements;
  }

  /** Whether the field is present and not {@code null}. */
  public boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /** Reports the field as required and missing. */
  public void missing(String name) {
    binder.missing(path.child(name));
  }

  /** Reports the field's value as unusable; returns {@code null} for the caller to return. */
  public <T> T wrong(String name, String message) {
    return binder.wrong(path.child(name), message);
  }
}
