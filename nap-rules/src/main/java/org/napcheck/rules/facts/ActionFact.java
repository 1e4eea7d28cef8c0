package org.napcheck.rules.facts;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.napcheck.model.Action;
import org.napcheck.model.ActionStatus;
import org.napcheck.model.Deadline;
import org.napcheck.model.Location;

/**
 * An action, with the day it is due (its deadline, or where it has none, the last day of the plan)
 * and what the monitoring reports say of it.
 */
public final class ActionFact extends PlanItem {
  private final Action action;
  private final LocalDate dueDate;
  private final boolean continuous;
  private final String continuousInferredFrom;
  private final PlanFact plan;
  private final ReportedProgress reported;
  private final boolean givenToEveryoneOnly;
  private final int namedBodyCount;

  /**
   * @param continuousInferredFrom the words that made napcheck infer the action is continuous;
   *     {@code null} when the plan says so, or when it is not continuous
   * @param plan the plan the action is in
   */
  ActionFact(
      Action action,
      LocalDate dueDate,
      boolean continuous,
      String continuousInferredFrom,
      PlanFact plan,
      ReportedProgress reported,
      int position,
      Location location) {
    super("action", action.id(), position, location);
    this.action = action;
    this.dueDate = dueDate;
    this.continuous = continuous;
    this.continuousInferredFrom = continuousInferredFrom;
    this.plan = plan;
    this.reported = reported;
    var named = new HashSet<String>();
    boolean toEveryone = false;
    for (String entry : action.responsible()) {
      if (Action.givesToEveryone(entry)) {
        toEveryone = true;
      } else {
        named.add(entry);
      }
    }
    this.givenToEveryoneOnly = toEveryone && named.isEmpty();
    this.namedBodyCount = named.size();
  }

  public String getText() {
    return action.text();
  }

  public List<String> getResponsible() {
    return action.responsible();
  }

  /**
   * Given to everyone and to no body by name: some entry of its responsible bodies is "All", "All
   * ministries"..., and no entry names a body.
   */
  public boolean isGivenToEveryoneOnly() {
    return givenToEveryoneOnly;
  }

  /** How many distinct bodies its responsible entries name, entries that give it to all aside. */
  public int getNamedBodyCount() {
    return namedBodyCount;
  }

  /** The bodies the plan marks as leading the action; empty when it marks none. */
  public List<String> getLead() {
    return action.lead();
  }

  public int getIndicatorCount() {
    return action.indicators().size();
  }

  public boolean isDeadlineStated() {
    return action.deadline() != null;
  }

  /** The stated deadline, or {@code null}. */
  public Deadline getDeadline() {
    return action.deadline();
  }

  /** The last day on which the action is on time. */
  public LocalDate getDueDate() {
    return dueDate;
  }

  /** Continuing or recurring work with no end state ("Continue ...", "an annual meeting"). */
  public boolean isContinuous() {
    return continuous;
  }

  /** Continuous work with no stated deadline: it is never overdue. */
  public boolean isOpenEnded() {
    return continuous && action.deadline() == null;
  }

  public String getContinuousInferredFrom() {
    return continuousInferredFrom;
  }

  /**
   * The plan's period where the action has no deadline of its own, and is due at its end; {@code
   * null} where it has one. A message says so: the day it is due was napcheck's choice.
   */
  public String getPlanPeriodWhereNoDeadline() {
    return action.deadline() == null ? plan.getPeriod() : null;
  }

  /** The plan the action is in: its period, for a rule that compares the action's deadline. */
  public PlanFact getPlan() {
    return plan;
  }

  /** Some report marks the action completed or cancelled: nothing more is due. */
  public boolean isReportedClosed() {
    return reported.closed();
  }

  /** Some report marks the action ongoing: continuing work, never overdue. */
  public boolean isReportedOngoing() {
    return reported.ongoing();
  }

  /** Some report marks the action completed, cancelled or ongoing: it is not overdue. */
  public boolean isReportedClosedOrOngoing() {
    return reported.closed() || reported.ongoing();
  }

  /** Some report gives the action a status other than not started. */
  public boolean isReportedStarted() {
    return reported.started();
  }

  /**
   * The status the reports give for the latest year they name the action; {@code null} when none
   * names it.
   */
  public ActionStatus getLatestReportedStatus() {
    return reported.latest();
  }
}
