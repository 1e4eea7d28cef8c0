package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.napcheck.model.Action;
import org.napcheck.model.ActionProgress;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Indicator;
import org.napcheck.model.IndicatorValue;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Waiver;

/** What holds for every valid plan, whatever it says: the checker's promises, as properties. */
class CheckerPropertiesTest {
  private static final NapChecker CHECKER = NapChecker.withDefaults();
  private static final ExecutorService OTHER_THREADS = Executors.newFixedThreadPool(4);

  /** A plan, its monitoring reports and a day to check it on. */
  record Input(Plan plan, List<MonitoringReport> reports, LocalDate asOf, List<Waiver> waivers) {
    Input(Plan plan, List<MonitoringReport> reports, LocalDate asOf) {
      this(plan, reports, asOf, List.of());
    }

    CheckReport check() {
      return CHECKER.check(plan, reports, asOf, waivers);
    }
  }

  @Provide
  Arbitrary<Input> inputs() {
    return ValidPlans.plans()
        .flatMap(
            plan ->
                Combinators.combine(
                        ValidPlans.reports(plan),
                        ValidPlans.dates(plan.period().start() - 2, plan.period().end() + 3))
                    .as((reports, asOf) -> new Input(plan, reports, asOf)));
  }

  /** Inputs with waivers, and now and then two actions with one id. */
  @Provide
  Arbitrary<Input> anything() {
    return ValidPlans.plans()
        .flatMap(ValidPlans::withDuplicateIds)
        .flatMap(
            plan ->
                Combinators.combine(
                        ValidPlans.reports(plan),
                        ValidPlans.dates(plan.period().start() - 2, plan.period().end() + 3),
                        ValidPlans.waivers(plan))
                    .as((reports, asOf, waivers) -> new Input(plan, reports, asOf, waivers)));
  }

  @Property(tries = 300)
  void should_check_any_valid_plan_without_throwing(@ForAll("anything") Input input) {
    // WHEN
    CheckReport report = input.check();

    // THEN
    assertThat(report.plan()).isEqualTo(input.plan().id());
    assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER);
    assertThat(report.summary().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(report.findings().stream().filter(finding -> !finding.waived()).count());
    assertThat(report.findings())
        .extracting(Finding::rule)
        .isSubsetOf(CHECKER.catalog().stream().map(RuleInfo::id).toList());
    assertThat(report.findings()).allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
  }

  @Property(tries = 200)
  void should_find_the_same_whatever_the_order_of_items_in_the_files(
      @ForAll("inputs") Input input, @ForAll Random random) {
    // GIVEN every list of items of the plan and of the reports in another order; the bodies an
    // action names stay in their order, which findings quote as published
    Input shuffled =
        new Input(
            shuffled(input.plan(), random),
            shuffled(input.reports(), random).stream()
                .map(report -> shuffled(report, random))
                .toList(),
            input.asOf());

    // WHEN
    CheckReport original = input.check();
    CheckReport reordered = shuffled.check();

    // THEN
    assertThat(reordered.findings()).isEqualTo(original.findings());
    assertThat(reordered.summary()).isEqualTo(original.summary());
  }

  @Property(tries = 50)
  void should_find_the_same_on_any_thread(@ForAll("inputs") Input input) throws Exception {
    // WHEN
    CheckReport here = input.check();
    CheckReport there = CompletableFuture.supplyAsync(input::check, OTHER_THREADS).get();

    // THEN
    assertThat(there).isEqualTo(here);
  }

  @AfterContainer
  static void stopThreads() {
    OTHER_THREADS.shutdownNow();
  }

  private static Plan shuffled(Plan plan, Random random) {
    return new Plan(
        plan.id(),
        plan.country(),
        plan.title(),
        plan.period(),
        plan.language(),
        plan.monitoring(),
        plan.budget(),
        shuffled(plan.actors(), random),
        shuffled(plan.pillars(), random).stream()
            .map(
                pillar ->
                    new Pillar(
                        pillar.id(),
                        pillar.title(),
                        shuffled(pillar.themes(), random),
                        shuffled(pillar.objectives(), random).stream()
                            .map(objective -> shuffled(objective, random))
                            .toList()))
            .toList());
  }

  private static Objective shuffled(Objective objective, Random random) {
    return new Objective(
        objective.id(),
        objective.title(),
        shuffled(objective.actions(), random).stream()
            .map(
                action ->
                    new Action(
                        action.id(),
                        action.text(),
                        action.responsible(),
                        action.deadline(),
                        action.continuous(),
                        shuffled(action.indicators(), random).stream()
                            .map(indicator -> shuffled(indicator, random))
                            .toList()))
            .toList());
  }

  private static Indicator shuffled(Indicator indicator, Random random) {
    return new Indicator(
        indicator.id(),
        indicator.text(),
        indicator.measure(),
        shuffled(indicator.disaggregation(), random),
        indicator.parity(),
        indicator.baseline(),
        indicator.target());
  }

  private static MonitoringReport shuffled(MonitoringReport report, Random random) {
    List<ActionProgress> actions = shuffled(report.actions(), random);
    List<IndicatorValue> values = shuffled(report.values(), random);
    return new MonitoringReport(
        report.plan(), report.year(), report.reporter(), report.submitted(), actions, values);
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    var copy = new ArrayList<T>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
