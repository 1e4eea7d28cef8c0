package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.napcheck.model.CheckReport;

/**
 * One checker, shared as the README says to share it: many threads checking different plans at once
 * get the very reports that checking each alone gives.
 */
class SharedCheckerTest {
  private static final int THREADS = 16;
  private static final int CHECKS = 2_000;

  @Test
  void should_give_16_threads_the_reports_of_single_checks_over_thousands_of_checks()
      throws Exception {
    // GIVEN 40 different plans with their reports, each checked alone first
    NapChecker checker = NapChecker.withDefaults();
    List<CheckerPropertiesTest.Input> inputs =
        ValidPlans.plans()
            .flatMap(
                plan ->
                    Combinators.combine(
                            ValidPlans.reports(plan),
                            ValidPlans.dates(plan.period().start(), plan.period().end() + 2),
                            ValidPlans.waivers(plan))
                        .as(
                            (reports, asOf, waivers) ->
                                new CheckerPropertiesTest.Input(plan, reports, asOf, waivers)))
            .sampleStream()
            .limit(40)
            .toList();
    List<CheckReport> alone = inputs.stream().map(input -> check(checker, input)).toList();

    // WHEN 16 threads, started together, check them over and over, interleaved
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    var start = new CountDownLatch(1);
    var together = new ArrayList<Future<CheckReport>>();
    try {
      for (int i = 0; i < CHECKS; i++) {
        CheckerPropertiesTest.Input input = inputs.get(i % inputs.size());
        together.add(
            pool.submit(
                () -> {
                  start.await();
                  return check(checker, input);
                }));
      }
      start.countDown();
      for (Future<CheckReport> result : together) {
        result.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    // THEN
    for (int i = 0; i < CHECKS; i++) {
      assertThat(together.get(i).get()).as("check %d", i).isEqualTo(alone.get(i % inputs.size()));
    }
  }

  private static CheckReport check(NapChecker checker, CheckerPropertiesTest.Input input) {
    return checker.check(input.plan(), input.reports(), input.asOf(), input.waivers());
  }
}
