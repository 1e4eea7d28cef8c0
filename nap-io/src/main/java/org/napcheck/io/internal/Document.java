package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed YAML or JSON file: its tree, and where in the file each value and each key starts, by
 * JSON pointer, so that any problem found later can name its line and column.
 */
public final class Document {

  private final String name;
  private final JsonNode root;
  private final Map<String, Position> values;
  private final Map<String, Position> keys;

  Document(String name, JsonNode root, Map<String, Position> values, Map<String, Position> keys) {
    this.name = name;
    this.root = root;
    this.values = values;
    this.keys = keys;
  }

  public String name() {
    return name;
  }

  public JsonNode root() {
    return root;
  }

  /**
   * Where the value at {@code path} starts; for a path the file does not have (a missing field,
   * something inside an alias), where its nearest ancestor starts.
   */
  public Position valuePosition(TreePath path) {
    TreePath at = path;
    while (true) {
      Position position = values.get(at.pointer());
      if (position != null) {
        return position;
      }
      if (at.isRoot()) {
        return Position.UNKNOWN;
      }
      at = at.parent();
    }
  }

  /** Where the key of the field at {@code path} starts, else where its value would. */
  public Position keyPosition(TreePath path) {
    Position key = keys.get(path.pointer());
    return key != null ? key : valuePosition(path);
  }
}
