package org.napcheck.cli;

import java.util.Locale;
import org.napcheck.model.Plan;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
  @Option(
      names = "--lang",
      paramLabel = "en|fr",
      description =
          "Language of messages and reports (default: the plan's language if en or fr, else en).")
  String lang;

  @Option(names = "--debug", description = "Print the stack trace of a failure.")
  boolean debug;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      descriptionKey = "help",
      description = "Show this help message and exit.")
  boolean help;

  /** The language asked for, or English. */
  Locale locale() {
    return lang == null ? Locale.ENGLISH : asked();
  }

  /** The language asked for, else the plan's own if napcheck speaks it (en, fr), else English. */
  Locale locale(Plan plan) {
    if (lang != null) {
      return asked();
    }
    return "fr".equals(plan.language()) ? Locale.FRENCH : Locale.ENGLISH;
  }

  private Locale asked() {
    return switch (lang.toLowerCase(Locale.ROOT)) {
      case "en" -> Locale.ENGLISH;
      case "fr" -> Locale.FRENCH;
      default -> throw Errors.UserError.of("option.lang", lang);
    };
  }
}
