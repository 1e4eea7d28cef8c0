package org.napcheck.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place in a document tree, as field names and list positions: shown to users as {@code
 * plan.pillars[0].id}, used as a key as the JSON pointer {@code /plan/pillars/0/id}.
 *
 * @param segments each a {@link String} (a field) or an {@link Integer} (a list position)
 */
public record TreePath(List<Object> segments) {

  private static final TreePath ROOT = new TreePath(List.of());
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_+-]+");

  public TreePath {
    segments = List.copyOf(segments);
    for (Object segment : segments) {
      if (!(segment instanceof String) && !(segment instanceof Integer)) {
        throw new IllegalArgumentException("not a field name nor a position: " + segment);
      }
    }
  }

  public static TreePath root() {
    return ROOT;
  }

  public static TreePath of(String field) {
    return ROOT.child(field);
  }

  public TreePath child(String field) {
    return with(Objects.requireNonNull(field, "field"));
  }

  public TreePath child(int index) {
    return with(index);
  }

  public TreePath append(TreePath other) {
    var all = new ArrayList<>(segments);
    all.addAll(other.segments);
    return new TreePath(all);
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  /** The enclosing path; the root is its own parent. */
  public TreePath parent() {
    return isRoot() ? this : new TreePath(segments.subList(0, segments.size() - 1));
  }

  /** Whether this path is {@code ancestor} or lies below it. */
  public boolean isWithin(TreePath ancestor) {
    return segments.size() >= ancestor.segments.size()
        && segments.subList(0, ancestor.segments.size()).equals(ancestor.segments);
  }

  /** The JSON pointer (RFC 6901), e.g. {@code /plan/pillars/0/id}; empty for the root. */
  public String pointer() {
    var pointer = new StringBuilder();
    for (Object segment : segments) {
      pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  /** As users read it: {@code plan.pillars[0].breakdown.sex["25+ years"]}. */
  @Override
  public String toString() {
    var text = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else if (PLAIN_NAME.matcher((String) segment).matches()) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(segment);
      } else {
        text.append("[\"").append(segment).append("\"]");
      }
    }
    return text.toString();
  }

  private TreePath with(Object segment) {
    var all = new ArrayList<>(segments);
    all.add(segment);
    return new TreePath(all);
  }
}
