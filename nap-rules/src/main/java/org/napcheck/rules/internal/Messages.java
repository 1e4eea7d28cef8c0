package org.napcheck.rules.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.napcheck.model.Location;

/**
 * The rule texts in one language, from {@code org/napcheck/rules/messages*.properties}: for each
 * rule id its {@code title}, {@code message}, {@code why}, {@code source} and {@code fix}. Messages
 * are templates whose {@code {name}} placeholders are filled from the finding's location and
 * evidence.
 */
public final class Messages {
  public static final String BUNDLE = "org.napcheck.rules.messages";

  /** The parts of an entry every rule needs in every language. */
  public static final java.util.List<String> PARTS =
      java.util.List.of("title", "message", "why", "source", "fix");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  /** A part of a template in square brackets is left out when a name in it has no value. */
  private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");

  private final ResourceBundle bundle;

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
   * Fills a template from the location's parts and the evidence; unknown names stay as they are.
   */
  public static String fill(String template, Location location, Map<String, String> evidence) {
    var values = new LinkedHashMap<String, String>();
    put(values, "plan", location.plan());
    put(values, "pillar", location.pillar());
    put(values, "objective", location.objective());
    put(values, "action", location.action());
    put(values, "indicator", location.indicator());
    put(values, "year", location.year());
    put(values, "reporter", location.reporter());
    put(values, "actor", location.actor());
    values.putAll(evidence);
    Matcher optional = OPTIONAL.matcher(template);
    var kept = new StringBuilder();
    while (optional.find()) {
      boolean complete =
          PLACEHOLDER
              .matcher(optional.group(1))
              .results()
              .allMatch(name -> values.containsKey(name.group(1)));
      optional.appendReplacement(kept, Matcher.quoteReplacement(complete ? optional.group(1) : ""));
    }
    optional.appendTail(kept);
    return replacePlaceholders(kept.toString(), values);
  }

  private static String replacePlaceholders(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    var filled = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(
          filled, Matcher.quoteReplacement(value != null ? value : matcher.group()));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  private Optional<String> lookup(String key) {
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  private static void put(Map<String, String> values, String name, Object value) {
    if (value != null) {
      values.put(name, String.valueOf(value));
    }
  }
}
