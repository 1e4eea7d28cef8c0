package org.napcheck.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
  @Option(
      names = "--lang",
      paramLabel = "en|fr",
      description = "Language of messages and reports (default: en).")
  String lang = "en";

  @Option(names = "--debug", description = "Print the stack trace of a failure.")
  boolean debug;

  Locale locale() {
    return switch (lang.toLowerCase(Locale.ROOT)) {
      case "en" -> Locale.ENGLISH;
      case "fr" -> Locale.FRENCH;
      default -> throw new Errors.UserError("--lang takes en or fr, not " + lang);
    };
  }
}
