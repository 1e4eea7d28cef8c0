package org.napcheck.io.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Plan;
import org.napcheck.model.RuleInfo;

/**
 * What a report is written from: the report itself, the plan it is about (for titles), the rule
 * catalog (for explanations and fixes), the language, and whether the output may use colours.
 *
 * @param plan {@code null} when the plan is not at hand, e.g. for a report read back from JSON
 */
public record ReportContext(
    CheckReport report, Plan plan, List<RuleInfo> catalog, Locale locale, boolean colour) {

  public ReportContext {
    Objects.requireNonNull(report, "report");
    catalog = List.copyOf(catalog);
    Objects.requireNonNull(locale, "locale");
  }

  public ReportContext(CheckReport report, Plan plan, List<RuleInfo> catalog, Locale locale) {
    this(report, plan, catalog, locale, false);
  }

  public ReportContext withColour(boolean colour) {
    return new ReportContext(report, plan, catalog, locale, colour);
  }

  public Optional<Plan> planAtHand() {
    return Optional.ofNullable(plan);
  }

  /** The catalog entry of a rule, if the catalog has it. */
  public Optional<RuleInfo> rule(String id) {
    return Optional.ofNullable(catalogById().get(id));
  }

  Map<String, RuleInfo> catalogById() {
    return catalog.stream()
        .collect(Collectors.toMap(RuleInfo::id, Function.identity(), (a, b) -> a));
  }
}
