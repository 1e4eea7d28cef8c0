package org.napcheck.report.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Severity;
import org.napcheck.model.internal.Typography;

/**
 * The words of a report's own layout, in its language, in its typography (French: {@link
 * Typography}); dates as the language writes them.
 */
public final class Labels {
  private static final String BUNDLE = "org.napcheck.report.labels";
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final ResourceBundle bundle;
  private final Locale locale;
  private final boolean french;
  private final DateTimeFormatter dates;

  public Labels(Locale locale) {
    this.locale = locale;
    this.bundle = bundle(locale);
    this.french = bundle.getLocale().getLanguage().equals("fr");
    String pattern = bundle.getString("date.pattern");
    this.dates = pattern.isBlank() ? null : DateTimeFormatter.ofPattern(pattern, locale);
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

  /**
   * The rules a report did not apply and why, one line per reason: {@code Not applied: NAP-M001,
   * NAP-M002. No monitoring data was given, ...}.
   */
  List<String> notApplied(CheckReport report) {
    return report.notApplied().stream()
        .map(
            reason ->
                get("notApplied")
                    + colon()
                    + " "
                    + String.join(", ", reason.rules())
                    + ". "
                    + reason.message())
        .toList();
  }

  public String get(String key) {
    return typeset(bundle.getString(key));
  }

  /** The label of {@code key}, or {@code fallback} where the language has none. */
  public String getOrDefault(String key, String fallback) {
    return bundle.containsKey(key) ? get(key) : fallback;
  }

  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale).format(arguments);
  }

  /** What follows a label: ":" in English, a narrow no-break space and ":" in French. */
  public String colon() {
    return typeset(" :").stripLeading();
  }

  /** A day as the language writes it: 2027-04-01, 1er avril 2027. */
  public String date(LocalDate day) {
    if (dates == null) {
      return day.toString();
    }
    String written = dates.format(day);
    String first = bundle.getString("date.first");
    return day.getDayOfMonth() == 1 && !first.isBlank()
        ? written.replaceFirst("^1(?!\\d)", first)
        : written;
  }

  /**
   * A value of a finding's evidence for people: a date written out, yes or no, codes the language
   * names ({@code value.sex}); anything else (ids, numbers, quoted text) as given.
   */
  public String evidenceValue(String value) {
    if (ISO_DATE.matcher(value).matches()) {
      try {
        return date(LocalDate.parse(value));
      } catch (DateTimeParseException notADate) {
        return value;
      }
    }
    return switch (value) {
      case "true" -> get("yes");
      case "false" -> get("no");
      default -> codes(value);
    };
  }

  /** "baseline, target" by their names in the language, when it names every one of them. */
  private String codes(String value) {
    var names = new java.util.ArrayList<String>();
    for (String code : value.split(", ", -1)) {
      if (!bundle.containsKey("value." + code)) {
        return value;
      }
      names.add(get("value." + code));
    }
    return String.join(", ", names);
  }

  /** The name of an evidence key for people, or the key where the language has none. */
  public String evidenceName(String key) {
    return getOrDefault("evidence." + key, key);
  }

  /** "1 error", "2 warnings", "0 erreur": a count of findings and its severity, agreed. */
  public String count(Severity severity, int count) {
    return format("count." + severity.code(), count);
  }

  private String typeset(String text) {
    return french ? Typography.french(text) : text;
  }

  /** "Errors", "Warnings", "Information". */
  public String severities(Severity severity) {
    return get("severity." + severity.code());
  }

  /** "error", "warning", "info". */
  public String severity(Severity severity) {
    return get("severity." + severity.code() + ".one");
  }

  public String language() {
    return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
  }
}
