package org.napcheck.io.report.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.napcheck.model.Severity;

/** The words of a report's own layout, in its language. */
final class Labels {
  private final ResourceBundle bundle;
  private final Locale locale;

  Labels(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "org.napcheck.io.report.labels",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
