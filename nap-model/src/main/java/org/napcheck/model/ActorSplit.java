package org.napcheck.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A check report cut into one report per responsible body, for a coordinator who sends each body
 * its own list. Who a finding belongs to, first rule that applies:
 *
 * <ol>
 *   <li>a finding about a monitoring report ({@link Location#reporter()}) belongs to its reporter;
 *   <li>else a finding about a body ({@link Location#actor()}) belongs to that body;
 *   <li>else a finding about an action, one of its indicators, or what was reported on them,
 *       belongs to each body in the action's {@code responsible} list;
 *   <li>else (the plan, a pillar, an objective) it belongs to the coordinator, {@code
 *       plan.monitoring.coordinator}.
 * </ol>
 *
 * A code goes to the body of the plan's list of actors it names. Words that give an action to
 * everyone ("All", "All ministries"), a code the list does not have (a typo, a body the plan does
 * not name) and an action with no responsible body go to the coordinator, who must sort them out.
 * Where the plan names no coordinator, those findings go to the {@linkplain Part#unassigned()
 * unassigned} part. A body's part holds its own findings only, not those of the bodies under it
 * ({@link Actor#parent()}).
 *
 * <p>Every finding is in at least one part, in the report's order; a finding about an action of
 * three bodies is in three parts. Each part is a {@link CheckReport} of its own: its findings, its
 * rules fired as often as its findings say, and an overview of its actions and its reporting (the
 * share of data broken down by sex stays the plan's).
 *
 * <pre>{@code
 * for (ActorSplit.Part part : report.splitByActor(plan).parts()) {
 *   send(part.code(), part.report());
 * }
 * }</pre>
 */
public final class ActorSplit {
  private final List<Part> parts;

  private ActorSplit(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * One body's share of a report.
   *
   * @param code the body's code; {@code null} for the unassigned part
   * @param name the body's name in the plan's list of actors; {@code null} when the list has none
   * @param parent the code of the body it belongs to; {@code null} for a top-level body
   * @param listed whether the plan's list of actors has the body (the coordinator may not be in it)
   */
  public record Part(String code, String name, String parent, boolean listed, CheckReport report) {
    public Part {
      Objects.requireNonNull(report, "report");
    }

    /**
     * Whether this part holds the findings that belong to no body: the plan names no coordinator.
     */
    public boolean unassigned() {
      return code == null;
    }
  }

  /**
   * Splits {@code report} by the bodies of {@code plan}: a part for every body of the plan's list
   * of actors, in the list's order, even with no finding; then the coordinator if the list does not
   * have it; then the unassigned part, if any finding is in it.
   */
  public static ActorSplit of(CheckReport report, Plan plan) {
    Objects.requireNonNull(report, "report");
    var owners = new Owners(plan);
    Map<String, List<Finding>> byCode = new LinkedHashMap<>();
    plan.actors().forEach(actor -> byCode.putIfAbsent(actor.code(), new ArrayList<>()));
    if (owners.coordinator != null) {
      byCode.putIfAbsent(owners.coordinator, new ArrayList<>());
    }
    var unassigned = new ArrayList<Finding>();
    for (Finding finding : report.findings()) {
      List<String> codes = owners.of(finding);
      if (codes.isEmpty()) {
        unassigned.add(finding);
      }
      codes.forEach(code -> byCode.computeIfAbsent(code, key -> new ArrayList<>()).add(finding));
    }
    var parts = new ArrayList<Part>();
    byCode.forEach(
        (code, findings) -> {
          Actor actor = owners.actors.get(code);
          parts.add(
              new Part(
                  code,
                  actor == null ? null : actor.name(),
                  actor == null ? null : actor.parent(),
                  actor != null,
                  part(report, findings, owners, code)));
        });
    if (!unassigned.isEmpty()) {
      parts.add(new Part(null, null, null, false, part(report, unassigned, owners, null)));
    }
    return new ActorSplit(parts);
  }

  /**
   * The codes of the bodies a finding belongs to, by the rules of this class; empty when it belongs
   * to none (the plan names no coordinator). Reads the whole plan on each call: to split many
   * findings, {@link #of} reads it once.
   */
  public static List<String> owners(Finding finding, Plan plan) {
    return new Owners(plan).of(finding);
  }

  /** Every part, each body once, the unassigned part last. */
  public List<Part> parts() {
    return parts;
  }

  /** The part of the body with {@code code}. */
  public Optional<Part> part(String code) {
    return parts.stream().filter(part -> Objects.equals(part.code(), code)).findFirst();
  }

  /** The part of the findings that belong to no body, if any does. */
  public Optional<Part> unassigned() {
    return parts.stream().filter(Part::unassigned).findFirst();
  }

  private static CheckReport part(
      CheckReport whole, List<Finding> findings, Owners owners, String code) {
    var fired = new HashMap<String, Integer>();
    findings.forEach(finding -> fired.merge(finding.rule(), 1, Integer::sum));
    List<CheckReport.RuleOutcome> rules =
        whole.rules().stream()
            .map(
                rule ->
                    new CheckReport.RuleOutcome(
                        rule.id(), rule.title(), rule.severity(), fired.getOrDefault(rule.id(), 0)))
            .toList();
    Overview overview = whole.overview();
    var actions =
        overview.actions().stream()
            .filter(
                state -> {
                  List<String> codes = owners.ofAction(state.action());
                  return code == null ? codes.isEmpty() : codes.contains(code);
                })
            .toList();
    var reporting =
        overview.reporting().stream().filter(state -> state.actor().equals(code)).toList();
    return new CheckReport(
        whole.plan(),
        whole.asOf(),
        whole.ruleSet(),
        findings,
        rules,
        new Overview(actions, reporting, overview.sexData()),
        whole.notApplied());
  }

  /** Who findings belong to, in one plan. */
  private static final class Owners {
    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, Set<String>> responsibleByAction = new HashMap<>();
    private final Map<String, String> actionByIndicator = new HashMap<>();
    private final String coordinator;

    Owners(Plan plan) {
      plan.actors().forEach(actor -> actors.putIfAbsent(actor.code(), actor));
      String named = plan.monitoringSetup().map(MonitoringSetup::coordinator).orElse(null);
      coordinator = named == null || named.isBlank() ? null : named;
      plan.actions()
          .forEach(
              action -> {
                // Two actions with one id (NAP-P007): the bodies of both.
                Set<String> codes =
                    responsibleByAction.computeIfAbsent(action.id(), id -> new LinkedHashSet<>());
                action.responsible().forEach(entry -> codes.add(body(entry)));
                if (action.responsible().isEmpty()) {
                  codes.add(coordinator);
                }
                action
                    .indicators()
                    .forEach(
                        indicator -> actionByIndicator.putIfAbsent(indicator.id(), action.id()));
              });
    }

    List<String> of(Finding finding) {
      Location location = finding.location();
      if (location.reporter() != null) {
        return present(body(location.reporter()));
      }
      if (location.actor() != null) {
        return present(body(location.actor()));
      }
      String action = location.action();
      if (action == null && location.indicator() != null) {
        action = actionByIndicator.get(location.indicator());
      }
      if (action != null && responsibleByAction.containsKey(action)) {
        return ofAction(action);
      }
      return present(coordinator);
    }

    List<String> ofAction(String action) {
      Set<String> codes = responsibleByAction.get(action);
      if (codes == null) {
        return present(coordinator);
      }
      return codes.stream().filter(Objects::nonNull).toList();
    }

    /** The body a code sends to: itself if the plan lists it, else the coordinator. */
    private String body(String code) {
      return !Action.givesToEveryone(code) && actors.containsKey(code) ? code : coordinator;
    }

    private static List<String> present(String code) {
      return code == null ? List.of() : List.of(code);
    }
  }
}
