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
import java.util.regex.Pattern;
import org.napcheck.model.Location;
import org.napcheck.model.internal.Typography;

/**
 * The rule texts in one language, from {@code org/napcheck/rules/messages*.properties}: for each
 * rule id its {@code title}, {@code message}, {@code why}, {@code source} and {@code fix}. Messages
 * are templates whose {@code {name}} placeholders are filled from the finding's location and
 * evidence (see {@link MessageTemplate}), each value written for people in the language: dates
 * written out, codes such as {@code sex} or {@code baseline} by their {@code term.*} names, counts
 * with their noun agreed. French texts get French typography ({@link Typography}).
 */
public final class Messages {
  public static final String BUNDLE = "org.napcheck.rules.messages";

  /** The parts of an entry every rule needs in every language. */
  public static final List<String> PARTS = List.of("title", "message", "why", "source", "fix");

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
  private final Map<String, MessageTemplate> parsed = new ConcurrentHashMap<>();
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
   * brackets left out when a name in them has no value (see {@link MessageTemplate}).
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
    MessageTemplate parsed = template(template);
    var message = new StringBuilder(parsed.length() + 64);
    parsed.fill(location, evidence, this::format, message);
    if (evidence.containsKey("inferred")) {
      message.append(' ');
      template(generic("inferred")).fill(location, evidence, this::format, message);
    }
    return message.toString();
  }

  /** {@code text} as a template, in this language's typography, parsed once per text. */
  public MessageTemplate template(String text) {
    return parsed.computeIfAbsent(text, key -> MessageTemplate.parse(typeset(key)));
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

  private Optional<String> lookup(String key) {
    return Optional.ofNullable(texts.get(key));
  }
}
