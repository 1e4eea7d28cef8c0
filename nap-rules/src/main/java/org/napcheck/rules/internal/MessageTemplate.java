package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.napcheck.model.Location;

/**
 * A message template: text with {@code {name}} placeholders, filled from a finding's location parts
 * ({@code plan}, {@code pillar}, {@code objective}, {@code action}, {@code indicator}, {@code
 * year}, {@code reporter}, {@code actor}) and its evidence, which wins where both have a name. A
 * placeholder may name a style, {@code {name,style}}, which says how its value is written (see
 * {@code Messages.format}). Unknown names stay as they are. A part in square brackets is left out
 * when a name in it has no value.
 */
public final class MessageTemplate {
  /** {@code {name}} or {@code {name,style}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?:,([^{}\\[\\]]+))?}");

  /** A part of a template in square brackets is left out when a name in it has no value. */
  private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");

  /** How a placeholder's value is written: name, value and style (or {@code null}) to text. */
  @FunctionalInterface
  public interface ValueFormat {
    String format(String name, String value, String style);

    /** Every value as given. */
    ValueFormat AS_GIVEN = (name, value, style) -> value;
  }

  private final List<Part> parts;
  private final int length;

  private MessageTemplate(List<Part> parts, int length) {
    this.parts = parts;
    this.length = length;
  }

  /** The length of the template's text: about that of a message filled from it. */
  int length() {
    return length;
  }

  /** Text, a placeholder, or an optional part made of text and placeholders. */
  private sealed interface Part {}

  private record Text(String text) implements Part {}

  private record Placeholder(String name, String style, String source) implements Part {}

  private record OptionalPart(List<Part> parts) implements Part {}

  public static MessageTemplate parse(String text) {
    var parts = new ArrayList<Part>();
    Matcher optional = OPTIONAL.matcher(text);
    int end = 0;
    while (optional.find()) {
      parts.addAll(textAndPlaceholders(text.substring(end, optional.start())));
      parts.add(new OptionalPart(textAndPlaceholders(optional.group(1))));
      end = optional.end();
    }
    parts.addAll(textAndPlaceholders(text.substring(end)));
    return new MessageTemplate(List.copyOf(parts), text.length());
  }

  private static List<Part> textAndPlaceholders(String text) {
    var parts = new ArrayList<Part>();
    Matcher placeholder = PLACEHOLDER.matcher(text);
    int end = 0;
    while (placeholder.find()) {
      parts.add(new Text(text.substring(end, placeholder.start())));
      parts.add(new Placeholder(placeholder.group(1), placeholder.group(2), placeholder.group()));
      end = placeholder.end();
    }
    parts.add(new Text(text.substring(end)));
    return parts;
  }

  /** The template filled with every value as given. */
  public String fill(Location location, Map<String, String> evidence) {
    return fill(location, evidence, ValueFormat.AS_GIVEN);
  }

  public String fill(Location location, Map<String, String> evidence, ValueFormat format) {
    var filled = new StringBuilder(length + 64);
    append(parts, location, evidence, format, filled);
    return filled.toString();
  }

  /** Appends the template filled to {@code filled}. */
  void fill(
      Location location, Map<String, String> evidence, ValueFormat format, StringBuilder filled) {
    append(parts, location, evidence, format, filled);
  }

  private static void append(
      List<Part> parts,
      Location location,
      Map<String, String> evidence,
      ValueFormat format,
      StringBuilder filled) {
    for (Part part : parts) {
      if (part instanceof Text text) {
        filled.append(text.text());
      } else if (part instanceof Placeholder placeholder) {
        String value = value(placeholder.name(), location, evidence);
        filled.append(
            value != null
                ? format.format(placeholder.name(), value, placeholder.style())
                : placeholder.source());
      } else if (part instanceof OptionalPart optionalPart
          && allHaveValues(optionalPart.parts(), location, evidence)) {
        append(optionalPart.parts(), location, evidence, format, filled);
      }
    }
  }

  private static boolean allHaveValues(
      List<Part> parts, Location location, Map<String, String> evidence) {
    for (Part part : parts) {
      if (part instanceof Placeholder placeholder
          && value(placeholder.name(), location, evidence) == null) {
        return false;
      }
    }
    return true;
  }

  private static String value(String name, Location location, Map<String, String> evidence) {
    String given = evidence.get(name);
    if (given != null) {
      return given;
    }
    Object part =
        switch (name) {
          case "plan" -> location.plan();
          case "pillar" -> location.pillar();
          case "objective" -> location.objective();
          case "action" -> location.action();
          case "indicator" -> location.indicator();
          case "year" -> location.year();
          case "reporter" -> location.reporter();
          case "actor" -> location.actor();
          default -> null;
        };
    return part != null ? String.valueOf(part) : null;
  }
}
