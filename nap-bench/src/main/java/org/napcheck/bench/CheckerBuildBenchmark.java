package org.napcheck.bench;

import java.util.concurrent.TimeUnit;
import org.napcheck.rules.NapChecker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Building a checker with napcheck's rules: the first one in a JVM, and any one after. */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckerBuildBenchmark {

  /** The first checker a JVM builds: what a command or a request handler's first call pays. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public NapChecker firstBuild() {
    return NapChecker.withDefaults();
  }

  /** Any later checker, once the classes are loaded and compiled. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(2)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 10, time = 1)
  public NapChecker build() {
    return NapChecker.withDefaults();
  }
}
