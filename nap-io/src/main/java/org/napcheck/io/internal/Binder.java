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

  private final Document document;
  private final Problems problems;

  /**
   * The paths reported as unusable, and every path above them: {@link #isBrokenWithin} is then one
   * look-up, not a scan of every problem for every constraint violation (a file of 50,000 missing
   * fields took minutes).
   */
  private final Set<TreePath> brokenOrAbove = new HashSet<>();

  private final Map<TreePath, List<Integer>> kept = new HashMap<>();

  /** A binder that tells its problems in English. */
  public Binder(Document document) {
    this(document, Wording.ENGLISH);
  }

  public Binder(Document document, Wording words) {
    this.document = document;
    this.problems = new Problems(document.name(), words);
  }

  public Problems problems() {
    return problems;
  }

  /** The language of the problems. */
  public Wording words() {
    return problems.words();
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
          problems.say("root.notObject", example, describe(root)),
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
          problems.say("root.version", describe(version), FORMAT_VERSION),
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

  /**
   * Like {@link #wrong(TreePath, String)}, with the text of {@code key} in the problems' language,
   * and after it the value found, as {@link #describe} shows it.
   */
  public <T> T wrong(TreePath path, String key, JsonNode found, Object... arguments) {
    Object[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
    all[arguments.length] = describe(found);
    return wrong(path, problems.say(key, all));
  }

  void missing(TreePath path) {
    Object name = path.segments().get(path.segments().size() - 1);
    problems.add(
        document.valuePosition(path),
        path,
        problems.say(
            "napcheck".equals(name) ? "field.missingVersion" : "field.missing",
            words().name(name)));
    broken(path);
  }

  void unknownField(TreePath path, List<String> allowed) {
    String name = (String) path.segments().get(path.segments().size() - 1);
    String message =
        Names.closest(name, allowed)
            .map(
                closest ->
                    problems.say(
                        "field.unknownClosest",
                        words().name(name),
                        words().name(closest),
                        words().verbatim(String.join(", ", allowed))))
            .orElseGet(
                () ->
                    problems.say(
                        "field.unknown",
                        words().name(name),
                        words().verbatim(String.join(", ", allowed))));
    problems.add(document.keyPosition(path), path, message);
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

  /** A node as a message shows it, in the problems' language: {@code "2026a"}, {@code 12}, ... */
  public String describe(JsonNode node) {
    return words().describe(node);
  }
}
