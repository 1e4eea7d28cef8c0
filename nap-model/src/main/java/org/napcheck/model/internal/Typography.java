package org.napcheck.model.internal;

import java.util.regex.Pattern;

/**
 * French typography for napcheck's own texts: a narrow no-break space (U+202F) before {@code : ; ?
 * !} and {@code »} and after {@code «}, so that a line never breaks between a word and its
 * punctuation. Applied to templates before they are filled, so that quoted plan text keeps its own
 * spacing. Before {@code :} only a space that is there is changed (none is added): {@code themes:
 * [...]} in a text is the plan format, not French. nap-io sets its problems this way, nap-rules its
 * rule texts, nap-report its labels.
 */
public final class Typography {
  /** U+202F NARROW NO-BREAK SPACE, the one space napcheck puts inside French punctuation. */
  public static final char SPACE = '\u202F';

  private static final Pattern BEFORE_COLON = Pattern.compile("[ \u00A0\u202F]+:");
  private static final Pattern BEFORE_MARK =
      Pattern.compile("(?<=[^\\s\u00A0\u202F(\\[{])[ \u00A0\u202F]*([;?!»])");
  private static final Pattern AFTER_OPENING_QUOTE = Pattern.compile("«[ \u00A0\u202F]*");

  private Typography() {}

  public static String french(String text) {
    String set = BEFORE_COLON.matcher(text).replaceAll(SPACE + ":");
    set = BEFORE_MARK.matcher(set).replaceAll(SPACE + "$1");
    return AFTER_OPENING_QUOTE.matcher(set).replaceAll("«" + SPACE);
  }
}
