package org.napcheck.bench;

import java.util.concurrent.TimeUnit;
import org.napcheck.model.CheckReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One check of a generated plan of 1k to 1M actions with 5 years of monitoring data from 30
 * reporting bodies, by the Drools rules and by the plain-Java reference: what a nightly batch pays
 * per plan, and whether the cost grows with the data and no faster.
 *
 * <p>The fork runs as a batch job would: the parallel collector (the one {@code ./napcheck} uses),
 * a heap of fixed size touched before the first check, so that no check pays for the operating
 * system's first touch of its memory (at 100k actions, the first checks after start took twice as
 * long for that alone), and six warm-up iterations: a check of 100k actions is still getting faster
 * after three.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms16g", "-Xmx16g", "-XX:+AlwaysPreTouch", "-XX:+UseParallelGC"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScaleBenchmark {
  @Param({"1000", "10000", "100000"})
  public int actions;

  @Param({"5"})
  public int years;

  @Param({"drools", "reference"})
  public String engine;

  private Data.Engine checker;
  private Data.Input input;

  @Setup
  public void setUp() {
    checker = Data.Engine.named(engine);
    input = Data.generated(actions, years);
  }

  @Benchmark
  public CheckReport check() {
    return checker.check(input);
  }
}
