package org.napcheck.io.report.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Severity;

/** The words of a report's own layout, in its language. */
final class Labels {
  private static final String BUNDLE = "org.napcheck.io.report.labels";

  private final ResourceBundle bundle;
  private final Locale locale;

  Labels(Locale locale) {
    this.locale = locale;
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

  /**
   * The rules a report did not apply and why, one line per reason: {@code Not applied: NAP-M001,
   * NAP-M002. No monitoring data was given, ...}.
   */
  List<String> notApplied(CheckReport report) {
    return report.notApplied().stream()
        .map(
            reason ->
                get("notApplied")
                    + ": "
                    + String.join(", ", reason.rules())
                    + ". "
                    + reason.message())
        .toList();
  }

  String get(String key) {
    return bundle.getString(key);
  }

  String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** "Errors", "Warnings", "Information". */
  String severities(Severity severity) {
    return get("severity." + severity.code());
  }

  /** "error", "warning", "info". */
  String severity(Severity severity) {
    return get("severity." + severity.code() + ".one");
  }

  String language() {
    return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
  }
}
