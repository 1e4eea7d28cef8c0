package org.napcheck.rules.facts;

import java.util.Set;
import org.napcheck.model.Location;

/** A body of the plan's own list of actors. */
public final class ActorFact extends PlanItem {
  private final String code;
  private final String name;
  private final boolean responsible;
  private final boolean reporting;
  private final Set<String> reportingCodes;

  /**
   * @param responsible whether some action names this body as responsible
   * @param reporting whether the body must report: it is responsible for some action, or it is the
   *     plan's coordinator and reports for the actions that no body of the list is responsible for
   * @param reportingCodes the codes whose reports cover this body: its own and its parents'
   */
  ActorFact(
      String code,
      String name,
      boolean responsible,
      boolean reporting,
      Set<String> reportingCodes,
      int position,
      Location location) {
    super("actor", code, position, location);
    this.code = code;
    this.name = name;
    this.responsible = responsible;
    this.reporting = reporting;
    this.reportingCodes = Set.copyOf(reportingCodes);
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean isResponsible() {
    return responsible;
  }

  /** Whether the body must send a report every year. */
  public boolean isReporting() {
    return reporting;
  }

  /** Whether a report by {@code reporter} covers this body: its own, or a parent's. */
  public boolean isCoveredBy(String reporter) {
    return reportingCodes.contains(reporter);
  }
}
