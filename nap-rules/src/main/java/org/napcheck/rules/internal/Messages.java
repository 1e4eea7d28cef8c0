package org.napcheck.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.napcheck.model.Location;

/**
 * The rule texts in one language, from {@code org/napcheck/rules/messages*.properties}: for each
 * rule id its {@code title}, {@code message}, {@code why}, {@code source} and {@code fix}. Messages
 * are templates whose {@code {name}} placeholders are filled from the finding's location and
 * evidence (see {@link Template}).
 */
public final class Messages {
  public static final String BUNDLE = "org.napcheck.rules.messages";

  /** The parts of an entry every rule needs in every language. */
  public static final List<String> PARTS = List.of("title", "message", "why", "source", "fix");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  /** A part of a template in square brackets is left out when a name in it has no value. */
  private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");

  private final ResourceBundle bundle;
  private final Map<String, Template> parsed = new ConcurrentHashMap<>();

  public Messages(Locale locale) {
    this.bundle = bundle(locale);
  }

  /**
   * The bundle of {@code locale}, or else the base bundle: never the default locale's, whatever the
   * machine's. That is {@code Control.getNoFallbackControl}, which {@code getBundle} refuses in a
   * named module (on the module path), so the fallback is undone here instead.
   */
  private static ResourceBundle bundle(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    boolean asked =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)
            .getCandidateLocales(BUNDLE, locale)
            .contains(bundle.getLocale());
    return asked ? bundle : ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
  }

  public Locale locale() {
    return bundle.getLocale();
  }

  /** The text of {@code part} for rule {@code id}, if this language has one. */
  public Optional<String> text(String id, String part) {
    return lookup(id + "." + part);
  }

  /** A generic text, such as the note that a finding rests on an inference. */
  public String generic(String key) {
    return lookup(key).orElseThrow(() -> new MissingResourceException(key, BUNDLE, key));
  }

  /**
   * A finding's message: {@code template} filled from its location and evidence, and, when the
   * finding rests on an inference (evidence {@code inferred}), the note that says so.
   */
  public String findingMessage(String template, Location location, Map<String, String> evidence) {
    String message = template(template).fill(location, evidence);
    if (evidence.containsKey("inferred")) {
      message += " " + template(generic("inferred")).fill(location, evidence);
    }
    return message;
  }

  /** {@code text} as a template, parsed once per text and messages. */
  public Template template(String text) {
    return parsed.computeIfAbsent(text, Template::parse);
  }

  /**
   * A message template: text with {@code {name}} placeholders, filled from a finding's location
   * parts ({@code plan}, {@code pillar}, {@code objective}, {@code action}, {@code indicator},
   * {@code year}, {@code reporter}, {@code actor}) and its evidence, which wins where both have a
   * name. Unknown names stay as they are. A part in square brackets is left out when a name in it
   * has no value.
   */
  public static final class Template {
    private final List<Part> parts;

    private Template(List<Part> parts) {
      this.parts = parts;
    }

    /** Text, a placeholder, or an optional part made of text and placeholders. */
    private sealed interface Part {}

    private record Text(String text) implements Part {}

    private record Placeholder(String name) implements Part {}

    private record OptionalPart(List<Part> parts) implements Part {}

    public static Template parse(String text) {
      var parts = new ArrayList<Part>();
      Matcher optional = OPTIONAL.matcher(text);
      int end = 0;
      while (optional.find()) {
        parts.addAll(textAndPlaceholders(text.substring(end, optional.start())));
        parts.add(new OptionalPart(textAndPlaceholders(optional.group(1))));
        end = optional.end();
      }
      parts.addAll(textAndPlaceholders(text.substring(end)));
      return new Template(List.copyOf(parts));
    }

    private static List<Part> textAndPlaceholders(String text) {
      var parts = new ArrayList<Part>();
      Matcher placeholder = PLACEHOLDER.matcher(text);
      int end = 0;
      while (placeholder.find()) {
        parts.add(new Text(text.substring(end, placeholder.start())));
        parts.add(new Placeholder(placeholder.group(1)));
        end = placeholder.end();
      }
      parts.add(new Text(text.substring(end)));
      return parts;
    }

    public String fill(Location location, Map<String, String> evidence) {
      var filled = new StringBuilder();
      append(parts, location, evidence, filled);
      return filled.toString();
    }

    private static void append(
        List<Part> parts, Location location, Map<String, String> evidence, StringBuilder filled) {
      for (Part part : parts) {
        if (part instanceof Text text) {
          filled.append(text.text());
        } else if (part instanceof Placeholder placeholder) {
          String value = value(placeholder.name(), location, evidence);
          filled.append(value != null ? value : "{" + placeholder.name() + "}");
        } else if (part instanceof OptionalPart optionalPart
            && allHaveValues(optionalPart.parts(), location, evidence)) {
          append(optionalPart.parts(), location, evidence, filled);
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

  private Optional<String> lookup(String key) {
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }
}
