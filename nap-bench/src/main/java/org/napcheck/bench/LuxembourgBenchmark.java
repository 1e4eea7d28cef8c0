package org.napcheck.bench;

import java.util.concurrent.TimeUnit;
import org.napcheck.model.CheckReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One check of Luxembourg's plan with its monitoring data, with a checker built beforehand: what a
 * request handler pays per request.
 *
 * <p>A checker keeps what it read in the texts it checked. {@code texts=seen}: the checker has
 * checked this plan before (a plan checked again as it is drafted or reported on). {@code
 * texts=unseen}: a new checker for each check, built before it is timed, so that every text is read
 * as if for the first time (a plan the checker has never seen).
 *
 * <p>Warmed up for 30 seconds: on two cores, a check with texts unseen still got faster after 10
 * seconds (7.5, 5.7, 5.0, 4.8 ms in the first seconds, then 4.2-4.6 ms), as the JIT compiled the
 * code that reads texts and the rules' generated classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 10, time = 1)
public class LuxembourgBenchmark {
  @Param({"drools", "reference"})
  public String engine;

  @Param({"seen", "unseen"})
  public String texts;

  private Data.Engine checker;
  private Data.Input luxembourg;

  @Setup
  public void setUp() {
    checker = Data.Engine.named(engine);
    luxembourg = Data.luxembourg();
  }

  @Setup(Level.Invocation)
  public void newCheckerIfUnseen() {
    if (texts.equals("unseen")) {
      checker = Data.Engine.named(engine);
    }
  }

  @Benchmark
  public CheckReport check() {
    return checker.check(luxembourg);
  }
}
