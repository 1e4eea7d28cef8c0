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
  private static final String HELP = "org.napcheck.cli.help";
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
      pattern = typeset(pattern);
    }
    return new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * French typography: a narrow no-break space (U+202F) for the space before : ; ? ! and inside «
   * ».
   */
  static String typeset(String french) {
    return BEFORE_MARK
        .matcher(french)
        .replaceAll("\u202F$1")
        .replace("« ", "«\u202F")
        .replace(" »", "\u202F»");
  }

  /**
   * Whether the arguments ask for French ({@code --lang fr} or {@code --lang=fr}, anywhere): the
   * usage help is then French. Read before parsing, so that {@code --help} needs nothing else.
   */
  static boolean isFrenchAsked(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equalsIgnoreCase("--lang=fr")
          || (arg.equals("--lang") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("fr"))) {
        return true;
      }
    }
    return false;
  }

  /** The usage help in French ({@code help_fr.properties}), in French typography. */
  static ResourceBundle frenchHelp() {
    ResourceBundle help =
        ResourceBundle.getBundle(
            HELP,
            Locale.FRENCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new ResourceBundle() {
      @Override
      protected Object handleGetObject(String key) {
        return help.containsKey(key) ? typeset(help.getString(key)) : null;
      }

      @Override
      public java.util.Enumeration<String> getKeys() {
        return help.getKeys();
      }
    };
  }
}
