package org.napcheck.server.internal;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.napcheck.model.Severity;

/** The parameters of a check: from the query of the API, from the form of the page. */
final class CheckParams {
  /** The years a plan may span, and hence those a check may be made as of, as in the command. */
  private static final int FIRST_YEAR = 1900;

  private static final int LAST_YEAR = 2200;

  LocalDate asOf;
  Locale locale;
  Set<String> disabled = new LinkedHashSet<>();
  Severity threshold = Severity.ERROR;
  String format;
  boolean splitByActor;

  private CheckParams() {}

  static CheckParams query(Context ctx) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!List.of("asOf", "lang", "disable", "failOn", "splitBy").contains(name)) {
        throw Refusal.badRequest(
            "unknown parameter "
                + name
                + "; a check takes asOf, lang, disable (repeatable), failOn and splitBy");
      }
    }
    return of(
        ctx.queryParam("asOf"),
        ctx.queryParam("lang"),
        ctx.queryParams("disable"),
        ctx.queryParam("failOn"),
        ctx.queryParam("splitBy"));
  }

  static CheckParams form(Context ctx) {
    CheckParams params =
        of(
            blankToNull(ctx.formParam("asOf")),
            blankToNull(ctx.formParam("lang")),
            List.of(),
            null,
            null);
    params.format = blankToNull(ctx.formParam("format"));
    return params;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static CheckParams of(
      String asOf, String lang, List<String> disable, String failOn, String splitBy) {
    var params = new CheckParams();
    if (splitBy != null) {
      if (!splitBy.equalsIgnoreCase("actor")) {
        throw Refusal.badRequest(
            "splitBy: takes actor (one report per responsible body, in a zip), not " + splitBy);
      }
      params.splitByActor = true;
    }
    if (asOf != null) {
      try {
        params.asOf = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw Refusal.badRequest("asOf: expected a day, YYYY-MM-DD; found " + asOf);
      }
      if (params.asOf.getYear() < FIRST_YEAR || params.asOf.getYear() > LAST_YEAR) {
        throw Refusal.badRequest(
            "asOf: expected a day from 1900-01-01 to 2200-12-31; found " + asOf);
      }
    }
    params.locale = locale(lang);
    for (String ids : disable) {
      for (String id : ids.split(",")) {
        if (!id.isBlank()) {
          params.disabled.add(id.strip());
        }
      }
    }
    if (failOn != null) {
      params.threshold =
          switch (failOn.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            case "never" -> null;
            default ->
                throw Refusal.badRequest(
                    "failOn: expected error, warning, info or never; found " + failOn);
          };
    }
    return params;
  }

  /** {@code en}, {@code fr}, or {@code null} when not given. */
  static Locale locale(String lang) {
    if (lang == null) {
      return null;
    }
    return switch (lang.toLowerCase(Locale.ROOT)) {
      case "en" -> Locale.ENGLISH;
      case "fr" -> Locale.FRENCH;
      default -> throw Refusal.badRequest("lang: expected en or fr; found " + lang);
    };
  }
}
