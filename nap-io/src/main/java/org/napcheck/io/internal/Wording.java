package org.napcheck.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.napcheck.model.internal.Typography;

/**
 * The words of the problems found in an input file, in one language ({@code problems*.properties}
 * beside {@code NapReader}): English, as it always was, or French, in French typography ({@link
 * Typography}). What a problem quotes from the file is shown as written: {@code "2O30"} in English,
 * {@code « 2O30 »} in French.
 */
public final class Wording {
  private static final String BUNDLE = "org.napcheck.io.problems";
  private static final int LONGEST_QUOTE = 60;

  /** English, whatever the machine's locale: the words of every reader not told otherwise. */
  public static final Wording ENGLISH = new Wording(Locale.ENGLISH);

  private static final Wording FRENCH = new Wording(Locale.FRENCH);

  private final ResourceBundle bundle;
  private final Locale locale;
  private final boolean french;

  private Wording(Locale locale) {
    this.french = locale.getLanguage().equals("fr");
    this.locale = french ? Locale.FRENCH : Locale.ENGLISH;
    this.bundle = ResourceBundle.getBundle(BUNDLE, french ? Locale.FRENCH : Locale.ROOT);
    if (french != bundle.getLocale().getLanguage().equals("fr")) {
      throw new IllegalStateException("the problems' words are missing from nap-io: " + locale);
    }
  }

  /** French for a French locale, else English: napcheck speaks these two. */
  public static Wording of(Locale locale) {
    return locale != null && locale.getLanguage().equals("fr") ? FRENCH : ENGLISH;
  }

  public Locale locale() {
    return locale;
  }

  public boolean french() {
    return french;
  }

  /**
   * The text of {@code key} with its arguments. Numbers are written as digits only ({@code 10000},
   * never {@code 10,000}); the typography is set on the template, before it is filled, so that
   * quoted input keeps its own spacing.
   */
  public String get(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    if (french) {
      pattern = Typography.french(pattern);
    }
    Object[] filled = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      filled[i] = arguments[i] instanceof Number number ? number.toString() : arguments[i];
    }
    return new MessageFormat(pattern, locale).format(filled);
  }

  /** Input text as a problem quotes it: {@code "text"}, or {@code « text »} in French. */
  public String quote(String text) {
    return french ? "«" + Typography.SPACE + text + Typography.SPACE + "»" : '"' + text + '"';
  }

  /** A name of the file format or of the input: {@code 'titel'}, or {@code « titel »}. */
  public String name(Object name) {
    return french ? "«" + Typography.SPACE + name + Typography.SPACE + "»" : "'" + name + "'";
  }

  /**
   * Words of the input, or of a parser or the system (English), shown as they are in English and
   * quoted in French: {@code not valid YAML: « mapping values are not allowed here »}.
   */
  public String verbatim(String text) {
    return french ? quote(text) : text;
  }

  /** A node as a message shows it: {@code "2026a"}, {@code 12}, {@code a list}, ... */
  public String describe(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return get("found.nothing");
    }
    if (node.isObject()) {
      return get("found.object");
    }
    if (node.isArray()) {
      return get("found.list");
    }
    if (node.isTextual()) {
      String text = node.textValue();
      return quote(text.length() > LONGEST_QUOTE ? text.substring(0, LONGEST_QUOTE) + "..." : text);
    }
    if (node.isBigDecimal()) {
      return node.decimalValue().toPlainString();
    }
    return node.asText();
  }
}
