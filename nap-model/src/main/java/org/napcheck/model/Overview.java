package org.napcheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a dashboard shows beside the findings: where each action stands, which bodies have reported
 * for which years, and how much of the data on people is broken down by sex.
 *
 * @param actions every action of the plan, in plan order
 * @param reporting every responsible body of the plan's list of actors, for every year of the plan
 *     period, in that order
 */
public record Overview(
    List<ActionState> actions, List<ReportingState> reporting, SexDisaggregation sexData) {

  public static final Overview EMPTY =
      new Overview(List.of(), List.of(), new SexDisaggregation(0, 0, 0, 0));

  public Overview {
    actions = Lists.copyOf(actions);
    reporting = Lists.copyOf(reporting);
  }

  /** Where an action stands as of the check's date. */
  public enum Standing implements Coded {
    /** A report marks it completed or cancelled. */
    DONE("done"),
    /** Its due date has passed and it is not done. */
    OVERDUE("overdue"),
    /** Due within the due-soon window and not started. */
    DUE_SOON("due-soon"),
    /** Started, not done, not overdue. */
    IN_PROGRESS("in-progress"),
    /** Not started, not due soon. */
    NOT_STARTED("not-started"),
    /** Continuous work with no deadline: never overdue. */
    CONTINUOUS("continuous"),
    /**
     * No monitoring data was given, so where it stands is not known: not called overdue, as no
     * monitoring finding is made either.
     */
    NO_DATA("no-data");

    private final String code;

    Standing(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  /**
   * @param dueDate the deadline, or the end of the plan where the action has none
   * @param lastStatus the status of the latest report on it; {@code null} when none reports it
   */
  public record ActionState(
      String action,
      String pillar,
      String objective,
      LocalDate dueDate,
      boolean deadlineStated,
      Standing standing,
      ActionStatus lastStatus) {}

  /** Whether a body's report for a year is in, missing, or not due yet. */
  public enum Reporting implements Coded {
    REPORTED("reported"),
    MISSING("missing"),
    NOT_DUE("not-due");

    private final String code;

    Reporting(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  public record ReportingState(String actor, int year, Reporting state) {}

  /**
   * How much data on people is broken down by sex.
   *
   * @param peopleIndicators indicators that count or describe people
   * @param askingForSex of those, the ones whose text asks for a breakdown by sex
   * @param reported of those, the ones with at least one value reported
   * @param reportedBySex of the reported ones, those whose every value is broken down by sex
   */
  public record SexDisaggregation(
      int peopleIndicators, int askingForSex, int reported, int reportedBySex) {}
}
