package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.napcheck.model.Action;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Deadline;
import org.napcheck.model.Finding;
import org.napcheck.model.Plan;

/**
 * Breaking one thing in a valid plan makes exactly the rule about that thing fire, at that place,
 * and nothing else new. Checked two years before the plan starts, so that only the plan's own rules
 * speak.
 */
class MutationPropertiesTest {
  private static final NapChecker CHECKER = NapChecker.withDefaults();

  /** A plan and the position of one of its actions, in plan order. */
  record Target(Plan plan, int action) {
    Action before() {
      return plan.actions().toList().get(action);
    }

    /** The plan with that action changed. */
    Plan with(UnaryOperator<Action> change) {
      var position = new AtomicInteger();
      return ValidPlans.withPillars(
          plan,
          ValidPlans.withEachAction(
              plan.pillars(),
              action -> position.getAndIncrement() == this.action ? change.apply(action) : action));
    }
  }

  @Provide
  Arbitrary<Target> targets() {
    return ValidPlans.plans()
        .filter(plan -> plan.actions().findAny().isPresent())
        .flatMap(
            plan ->
                Arbitraries.integers()
                    .between(0, (int) plan.actions().count() - 1)
                    .map(action -> new Target(plan, action)));
  }

  @Property(tries = 200)
  void should_flag_only_the_action_whose_indicators_are_dropped(@ForAll("targets") Target target) {
    Assume.that(!target.before().indicators().isEmpty());

    // WHEN
    Plan mutated = target.with(action -> withIndicators(action, List.of()));

    // THEN
    // (NAP-I004 may speak of the plan as a whole, listing its indicators: that list changes too)
    assertThat(newFindings(target.plan(), mutated))
        .filteredOn(finding -> !isAboutThePlansIndicators(finding))
        .extracting(Finding::rule, finding -> finding.location().action())
        .containsExactly(tuple("NAP-P003", target.before().id()));
  }

  @Property(tries = 200)
  void should_flag_only_the_action_whose_responsible_bodies_are_blanked(
      @ForAll("targets") Target target) {
    Assume.that(!target.before().responsible().isEmpty());

    // WHEN
    Plan mutated = target.with(action -> withResponsible(action, List.of()));

    // THEN
    assertThat(newFindings(target.plan(), mutated))
        .extracting(Finding::rule, finding -> finding.location().action())
        .containsExactly(tuple("NAP-P004", target.before().id()));
  }

  @Property(tries = 200)
  void should_flag_only_the_action_whose_deadline_moves_past_the_period(
      @ForAll("targets") Target target, @ForAll @IntRange(min = 1, max = 5) int yearsLate) {
    Assume.that(!firesOn(target.plan(), "NAP-P008", target.before().id()));
    Deadline late = Deadline.ofYear(target.plan().period().end() + yearsLate);

    // WHEN
    Plan mutated = target.with(action -> withDeadline(action, late));

    // THEN
    assertThat(newFindings(target.plan(), mutated))
        .extracting(Finding::rule, finding -> finding.location().action())
        .containsExactly(tuple("NAP-P008", target.before().id()));
  }

  /**
   * Rules that compare items with one another: changing one action may change what they say of
   * others (the earlier action a repeat is paired with, NAP-P010; the words that cover a
   * resolution, NAP-G004).
   */
  private static final Set<String> ACROSS_ITEMS = Set.of("NAP-P010", "NAP-G004");

  /** The findings of the mutated plan that the plan did not have. */
  private static List<Finding> newFindings(Plan plan, Plan mutated) {
    Set<String> before =
        check(plan).findings().stream().map(Finding::identity).collect(Collectors.toSet());
    return check(mutated).findings().stream()
        .filter(finding -> !before.contains(finding.identity()))
        .filter(finding -> !ACROSS_ITEMS.contains(finding.rule()))
        .toList();
  }

  private static boolean firesOn(Plan plan, String rule, String action) {
    return check(plan).findings().stream()
        .anyMatch(
            finding -> finding.rule().equals(rule) && action.equals(finding.location().action()));
  }

  private static CheckReport check(Plan plan) {
    return CHECKER.check(plan, List.of(), LocalDate.of(plan.period().start() - 2, 1, 1));
  }

  private static Action withIndicators(Action action, List<org.napcheck.model.Indicator> list) {
    return new Action(
        action.id(),
        action.text(),
        action.responsible(),
        action.deadline(),
        action.continuous(),
        list);
  }

  private static Action withResponsible(Action action, List<String> responsible) {
    return new Action(
        action.id(),
        action.text(),
        responsible,
        action.deadline(),
        action.continuous(),
        action.indicators());
  }

  private static Action withDeadline(Action action, Deadline deadline) {
    return new Action(
        action.id(),
        action.text(),
        action.responsible(),
        deadline,
        action.continuous(),
        action.indicators());
  }

  private static boolean isAboutThePlansIndicators(Finding finding) {
    return finding.rule().equals("NAP-I004") && finding.location().pillar() == null;
  }
}
