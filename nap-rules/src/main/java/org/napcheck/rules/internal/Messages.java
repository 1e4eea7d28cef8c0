package org.napcheck.rules.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.napcheck.model.Location;
import org.napcheck.model.internal.Typography;

/**
 * The rule texts in one language, from {@code org/napcheck/rules/messages*.properties}: for each
 * rule id its {@code title}, {@code message}, {@code why}, {@code source} and {@code fix}. Messages
 * are templates whose {@code {name}} placeholders are filled from the finding's location and
 * evidence (see {@link Template}), each value written for people in the language: dates written
 * out, codes such as {@code sex} or {@code baseline} by their {@code term.*} names, counts with
 * their noun agreed. French texts get French typography ({@link Typography}).
 */
public final class Messages {
  public static final String BUNDLE = "org.napcheck.rules.messages";

  /** The parts of an entry every rule needs in every language. */
  public static final List<String> PARTS = List.of("title", "message", "why", "source", "fix");

  /** {@code {name}} or {@code {name,style}}: see {@link Template}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?:,([^{}\\[\\]]+))?}");

  /** A part of a template in square brackets is left out when a name in it has no value. */
  private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");

  /**
   * Evidence that quotes the plan, a report or a waiver, or names an item by its id or code:
   * written as given, never translated.
   */
  private static final Set<String> VERBATIM =
      Set.of(
          "plan",
          "pillar",
          "objective",
          "action",
          "indicator",
          "year",
          "reporter",
          "actor",
          "text",
          "title",
          "id",
          "code",
          "closest",
          "reason",
          "responsible",
          "waivedRule",
          "inferred",
          "indicators",
          "actions",
          "actors",
          "reporters",
          "period");

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  /** How many placeholder values a {@code Messages} keeps written, at most. */
  private static final int MOST_VALUES_KEPT = 20_000;

  private final ResourceBundle bundle;
  private final Map<String, String> texts;
  private final boolean french;
  private final DateTimeFormatter dates;
  private final Map<String, Template> parsed = new ConcurrentHashMap<>();
  private final Map<String, String> written = new ConcurrentHashMap<>();
  private final Map<String, String> typesetTexts = new ConcurrentHashMap<>();

  public Messages(Locale locale) {
    this.bundle = bundle(locale);
    this.texts = texts(bundle);
    this.french = bundle.getLocale().getLanguage().equals("fr");
    this.dates =
        lookup("date.pattern")
            .filter(pattern -> !pattern.isBlank())
            .map(pattern -> DateTimeFormatter.ofPattern(pattern, bundle.getLocale()))
            .orElse(null);
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

  /** Every text of {@code bundle} and of the bundles it falls back to, by key. */
  private static Map<String, String> texts(ResourceBundle bundle) {
    var texts = new HashMap<String, String>();
    for (String key : bundle.keySet()) {
      texts.put(key, bundle.getString(key));
    }
    return Map.copyOf(texts);
  }

  /** The language of the texts: French, or English (the base texts) for any other. */
  public Locale locale() {
    return bundle.getLocale().equals(Locale.ROOT) ? Locale.ENGLISH : bundle.getLocale();
  }

  /** The text of {@code part} for rule {@code id}, if this language has one. */
  public Optional<String> text(String id, String part) {
    return typesetText(id + "." + part);
  }

  /**
   * A generic text filled with {@code values}: {@code {name}} placeholders, and parts in square
   * brackets left out when a name in them has no value (see {@link Template}).
   */
  public String say(String key, Map<String, String> values) {
    return template(generic(key)).fill(Location.ofPlan(""), values);
  }

  /** A generic text, such as the note that a finding rests on an inference. */
  public String generic(String key) {
    return typesetText(key).orElseThrow(() -> new MissingResourceException(key, BUNDLE, key));
  }

  /**
   * The text of {@code key} in this language's typography, set once: the same string each time, so
   * that its parsed template is found at once.
   */
  private Optional<String> typesetText(String key) {
    String text = texts.get(key);
    return text == null
        ? Optional.empty()
        : Optional.of(typesetTexts.computeIfAbsent(key, k -> typeset(text)));
  }

  /**
   * A finding's message: {@code template} filled from its location and evidence, and, when the
   * finding rests on an inference (evidence {@code inferred}), the note that says so.
   */
  public String findingMessage(String template, Location location, Map<String, String> evidence) {
    Template parsed = template(template);
    var message = new StringBuilder(parsed.length() + 64);
    parsed.fill(location, evidence, this::format, message);
    if (evidence.containsKey("inferred")) {
      message.append(' ');
      template(generic("inferred")).fill(location, evidence, this::format, message);
    }
    return message.toString();
  }

  /** {@code text} as a template, in this language's typography, parsed once per text. */
  public Template template(String text) {
    return parsed.computeIfAbsent(text, key -> Template.parse(typeset(key)));
  }

  /** Text of this language's bundle set in its typography: French spacing for French. */
  private String typeset(String text) {
    return french ? Typography.french(text) : text;
  }

  /**
   * A value of a placeholder written for people. With a style: {@code plural,one|other} writes the
   * number and the noun agreed with it ({@code 0 femme}, {@code 2 femmes}); any other style is a
   * form of the value's term ({@code {kind,the}} is {@code term.indicator.the}, "l'indicateur").
   * Without: quoted text, ids and codes as given; a date written out where the language says how
   * ({@code date.pattern}); a code, or a list of codes, that has a {@code term.*} name by that
   * name; a decimal number with the language's decimal sign.
   */
  String format(String name, String value, String style) {
    if (style != null) {
      if (style.startsWith("plural,")) {
        return plural(value, style.substring("plural,".length()));
      }
      return lookup("term." + value + "." + style).or(() -> lookup("term." + value)).orElse(value);
    }
    if (VERBATIM.contains(name)) {
      return value;
    }
    String known = written.get(value);
    if (known != null) {
      return known;
    }
    String writtenValue = write(value);
    if (written.size() < MOST_VALUES_KEPT) {
      written.put(value, writtenValue);
    }
    return writtenValue;
  }

  /** A value that is neither verbatim nor styled: a date, terms or a number. */
  private String write(String value) {
    if (dates != null && ISO_DATE.matcher(value).matches()) {
      return date(value);
    }
    Optional<String> terms = terms(value);
    if (terms.isPresent()) {
      return terms.get();
    }
    return number(value);
  }

  private String plural(String value, String forms) {
    String[] oneAndOther = forms.split("\\|", 2);
    String other = oneAndOther.length > 1 ? oneAndOther[1] : oneAndOther[0];
    if (!NUMBER.matcher(value).matches()) {
      return value + " " + other;
    }
    BigDecimal count = new BigDecimal(value).abs();
    boolean one =
        french ? count.compareTo(BigDecimal.valueOf(2)) < 0 : count.compareTo(BigDecimal.ONE) == 0;
    return number(value) + " " + (one ? oneAndOther[0] : other);
  }

  private String date(String value) {
    try {
      LocalDate day = LocalDate.parse(value);
      String written = dates.format(day);
      return day.getDayOfMonth() == 1
          ? lookup("date.first")
              .map(first -> written.replaceFirst("^1(?!\\d)", first))
              .orElse(written)
          : written;
    } catch (DateTimeParseException notADate) {
      return value;
    }
  }

  /** "baseline, target" as "valeur de référence, cible": only when every item is a term. */
  private Optional<String> terms(String value) {
    var names = new ArrayList<String>();
    for (String item : value.split(", ", -1)) {
      Optional<String> term = lookup("term." + item);
      if (term.isEmpty()) {
        return Optional.empty();
      }
      names.add(term.get());
    }
    return Optional.of(String.join(", ", names));
  }

  private String number(String value) {
    return french && DECIMAL.matcher(value).matches() ? value.replace('.', ',') : value;
  }

  /** How a placeholder's value is written: name, value and style (or {@code null}) to text. */
  @FunctionalInterface
  public interface ValueFormat {
    String format(String name, String value, String style);

    /** Every value as given. */
    ValueFormat AS_GIVEN = (name, value, style) -> value;
  }

  /**
   * A message template: text with {@code {name}} placeholders, filled from a finding's location
   * parts ({@code plan}, {@code pillar}, {@code objective}, {@code action}, {@code indicator},
   * {@code year}, {@code reporter}, {@code actor}) and its evidence, which wins where both have a
   * name. A placeholder may name a style, {@code {name,style}}, which says how its value is written
   * (see {@link Messages#format}). Unknown names stay as they are. A part in square brackets is
   * left out when a name in it has no value.
   */
  public static final class Template {
    private final List<Part> parts;
    private final int length;

    private Template(List<Part> parts, int length) {
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
      return new Template(List.copyOf(parts), text.length());
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

  private Optional<String> lookup(String key) {
    return Optional.ofNullable(texts.get(key));
  }
}
