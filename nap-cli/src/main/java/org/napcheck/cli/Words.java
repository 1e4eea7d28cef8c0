package org.napcheck.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The command's own lines in the language of the run ({@code cli*.properties}); French in French
 * typography: a narrow no-break space (U+202F) before {@code : ; ? !}, as in the reports.
 */
final class Words {
  private static final String BUNDLE = "org.napcheck.cli.cli";
  private static final Pattern BEFORE_MARK = Pattern.compile(" ([:;?!])");

  private final ResourceBundle bundle;
  private final Locale locale;
  private final boolean french;

  Words(Locale locale) {
    this.locale = locale;
    this.french = locale.getLanguage().equals("fr");
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            french ? Locale.FRENCH : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static final Words ENGLISH = new Words(Locale.ENGLISH);

  String get(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    if (french) {
      pattern = BEFORE_MARK.matcher(pattern).replaceAll("\u202F$1");
    }
    return new MessageFormat(pattern, locale).format(arguments);
  }
}
