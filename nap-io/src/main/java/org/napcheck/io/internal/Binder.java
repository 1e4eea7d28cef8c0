package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napcheck.io.NapFormatException;

/**
 * Binds a {@link Document} to model values, collecting every problem instead of stopping at the
 * first, each with the line and column of the node at fault.
 *
 * <p>Binding is written out by hand rather than left to Jackson's data binding: data binding stops
 * at the first error and speaks of Java types, where a person editing a plan needs every problem at
 * once, in the terms of the file format.
 */
public final class Binder {

  /** The version of the file formats this code reads and writes. */
  public static final int FORMAT_VERSION = 1;

  private static final int LONGEST_QUOTE = 60;

  private final Document document;
  private final Problems problems;

  /**
   * The paths reported as unusable, and every path above them: {@link #isBrokenWithin} is then one
   * look-up, not a scan of every problem for every constraint violation (a file of 50,000 missing
   * fields took minutes).
   */
  private final Set<TreePath> brokenOrAbove = new HashSet<>();

  private final Map<TreePath, List<Integer>> kept = new HashMap<>();

  public Binder(Document document) {
    this.document = document;
    this.problems = new Problems(document.name());
  }

  public Problems problems() {
    return problems;
  }

  /**
   * The fields of the root object, {@code {napcheck: 1, ...}}, after checking the format version.
   *
   * @param allowed the root's fields, {@code napcheck} first
   * @param example the root as messages show it, e.g. {@code {napcheck: 1, plan: ...}}
   * @throws NapFormatException at once when the root is not an object or the format version is not
   *     1, since nothing else in such a file can be trusted
   */
  public Fields root(List<String> allowed, String example) throws NapFormatException {
    JsonNode root = document.root();
    TreePath at = TreePath.root();
    if (!(root instanceof ObjectNode object)) {
      throw problems.refuse(
          document.valuePosition(at),
          at,
          "expected an object " + example + ", found " + describe(root),
          null);
    }
    TreePath versionPath = TreePath.of("napcheck");
    JsonNode version = object.get("napcheck");
    if (version == null || version.isNull()) {
      missing(versionPath);
    } else if (!version.isIntegralNumber()
        || !version.canConvertToInt()
        || version.intValue() != FORMAT_VERSION) {
      throw problems.refuse(
          document.valuePosition(versionPath),
          versionPath,
          "unsupported format version "
              + describe(version)
              + ": this napcheck reads napcheck: "
              + FORMAT_VERSION,
          null);
    }
    return new Fields(this, at, object, allowed);
  }

  /**
   * Reports a value that cannot be used. Returns {@code null} for the caller to return; Bean
   * Validation's findings on that value are then left out, as they would only repeat this one.
   */
  public <T> T wrong(TreePath path, String message) {
    problems.add(document.valuePosition(path), path, message);
    broken(path);
    return null;
  }

  void missing(TreePath path) {
    Object name = path.segments().get(path.segments().size() - 1);
    String hint = "napcheck".equals(name) ? " (the format version: napcheck: 1)" : "";
    problems.add(
        document.valuePosition(path), path, "missing required field '" + name + "'" + hint);
    broken(path);
  }

  void unknownField(TreePath path, List<String> allowed) {
    String name = (String) path.segments().get(path.segments().size() - 1);
    var message = new StringBuilder("unknown field '").append(name).append('\'');
    Names.closest(name, allowed)
        .ifPresent(closest -> message.append(" (did you mean '").append(closest).append("'?)"));
    message.append("; allowed: ").append(String.join(", ", allowed));
    problems.add(document.keyPosition(path), path, message.toString());
  }

  /**
   * Reports a problem found after binding, at the value of {@code path} or its nearest ancestor.
   */
  public void problem(TreePath path, String message) {
    problems.add(document.valuePosition(path), path, message);
  }

  /**
   * Notes which elements of the list at {@code path} made it into the model, when some did not, so
   * that {@link #inFile} can tell where a model element came from.
   */
  void keptElements(TreePath path, List<Integer> fileIndexes) {
    kept.put(path, List.copyOf(fileIndexes));
  }

  /**
   * The place in the file of a place in the bound value: the same, unless a list lost elements that
   * could not be read, which moves those after them up.
   */
  public TreePath inFile(TreePath modelPath) {
    TreePath at = TreePath.root();
    for (Object segment : modelPath.segments()) {
      List<Integer> indexes = segment instanceof Integer ? kept.get(at) : null;
      if (indexes != null && (Integer) segment < indexes.size()) {
        at = at.child(indexes.get((Integer) segment));
      } else if (segment instanceof Integer index) {
        at = at.child(index);
      } else {
        at = at.child((String) segment);
      }
    }
    return at;
  }

  /** Whether a value at or below {@code path} was already reported as unusable. */
  public boolean isBrokenWithin(TreePath path) {
    return brokenOrAbove.contains(path);
  }

  private void broken(TreePath path) {
    // Where a path is already there, so are those above it.
    TreePath at = path;
    while (brokenOrAbove.add(at) && !at.isRoot()) {
      at = at.parent();
    }
  }

  /** A node as a message shows it: {@code "2026a"}, {@code 12}, {@code a list}, ... */
  public static String describe(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      String text = node.textValue();
      return '"'
          + (text.length() > LONGEST_QUOTE ? text.substring(0, LONGEST_QUOTE) + "..." : text)
          + '"';
    }
    if (node.isBigDecimal()) {
      return node.decimalValue().toPlainString();
    }
    return node.asText();
  }
}
