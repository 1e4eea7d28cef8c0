package org.napcheck.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.napcheck.model.ActorSplit;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Plan;
import org.napcheck.model.RuleInfo;

/**
 * What a report is written from: the report itself, the plan it is about (for titles), the rule
 * catalog (for explanations and fixes), the language, whether the output may use colours, and, for
 * one body's report of a split, that body.
 *
 * @param plan {@code null} when the plan is not at hand, e.g. for a report read back from JSON
 * @param part the body's part when the report is one body's share of a split ({@link
 *     #forPart(ActorSplit.Part)}); {@code null} for a whole report
 */
public record ReportContext(
    CheckReport report,
    Plan plan,
    List<RuleInfo> catalog,
    Locale locale,
    boolean colour,
    ActorSplit.Part part) {

  public ReportContext {
    Objects.requireNonNull(report, "report");
    catalog = List.copyOf(Objects.requireNonNull(catalog, "catalog"));
    Objects.requireNonNull(locale, "locale");
  }

  public ReportContext(
      CheckReport report, Plan plan, List<RuleInfo> catalog, Locale locale, boolean colour) {
    this(report, plan, catalog, locale, colour, null);
  }

  public ReportContext(CheckReport report, Plan plan, List<RuleInfo> catalog, Locale locale) {
    this(report, plan, catalog, locale, false, null);
  }

  public ReportContext withColour(boolean colour) {
    return new ReportContext(report, plan, catalog, locale, colour, part);
  }

  /**
   * The context of one body's report: its part's findings, and the body named in the heading.
   *
   * <pre>{@code
   * for (ActorSplit.Part part : context.report().splitByActor(plan).parts()) {
   *   write(part, ReportFormat.HTML.render(context.forPart(part)));
   * }
   * }</pre>
   */
  public ReportContext forPart(ActorSplit.Part part) {
    Objects.requireNonNull(part, "part");
    return new ReportContext(part.report(), plan, catalog, locale, colour, part);
  }

  /** The body's part, when this is one body's report of a split. */
  public Optional<ActorSplit.Part> partAtHand() {
    return Optional.ofNullable(part);
  }

  /**
   * Who must act on each finding, by {@link ActorSplit}'s rules; empty when the plan is not at
   * hand. The first screen of the text and HTML reports counts findings by body with it.
   */
  public Optional<ActorSplit> byActor() {
    return planAtHand().map(plan -> ActorSplit.of(report, plan));
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
