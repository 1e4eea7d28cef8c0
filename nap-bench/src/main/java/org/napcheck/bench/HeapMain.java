package org.napcheck.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.napcheck.model.CheckReport;

/**
 * Measures the heap a check of a generated plan needs, size by size, each in a JVM of its own.
 *
 * <pre>
 * java -cp nap-bench/target/benchmarks.jar org.napcheck.bench.HeapMain [--engine drools|reference]
 *     [--years 5] [--jvm-option -Xmx1g]... [--no-warm-up] [--collector serial|parallel] [ACTIONS...]
 * </pre>
 *
 * <p>Each JVM first checks the plan once, so that the check measured runs compiled code, unless
 * {@code --no-warm-up} (for sizes where one check is all there is time for).
 *
 * <p>Each JVM runs with a small young generation ({@code -XX:+UseSerialGC -Xmn64m}), so that it
 * collects often and the heap used after each collection traces what the check keeps alive: its
 * input, its facts, the engine's memory, its findings. The peak of that trace is the figure
 * reported ({@code peak heap}), beside the heap used before the check ({@code input}: the plan, its
 * reports and the checker) and after it ({@code after}: the same and the report). {@code CPU ms} is
 * the CPU time of the whole JVM during the check (collections and compilation included): on a
 * machine shared with other work, it varies less than the time on the clock.
 *
 * <p>{@code --collector parallel} runs the JVM with the parallel collector and the JVM's own young
 * generation instead, as {@code ./napcheck} does: the time a batch job would take. It collects
 * seldom, so its peak heap is only what the few collections saw; the serial collector's is the
 * figure to quote for memory.
 */
public final class HeapMain {
  private static final long MIB = 1024 * 1024;

  private HeapMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 5 && args[0].equals("--one")) {
      measure(
          Integer.parseInt(args[1]),
          Integer.parseInt(args[2]),
          args[3],
          Boolean.parseBoolean(args[4]));
      return;
    }
    String engine = "drools";
    int years = 5;
    boolean warmUp = true;
    String collector = "serial";
    var jvmOptions = new ArrayList<String>();
    var sizes = new ArrayList<Integer>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--engine" -> engine = args[++i];
        case "--years" -> years = Integer.parseInt(args[++i]);
        case "--jvm-option" -> jvmOptions.add(args[++i]);
        case "--no-warm-up" -> warmUp = false;
        case "--collector" -> collector = args[++i];
        default -> sizes.add(Integer.parseInt(args[i].replace("_", "")));
      }
    }
    if (sizes.isEmpty()) {
      sizes.addAll(List.of(1_000, 10_000, 100_000));
    }
    System.out.printf(
        "%-10s %-9s %9s %10s %10s %10s %12s %14s %12s %s%n",
        "actions",
        "engine",
        "values",
        "findings",
        "check ms",
        "CPU ms",
        "input MiB",
        "peak heap MiB",
        "after MiB",
        "JVM options");
    for (int size : sizes) {
      int exit = child(size, years, engine, warmUp, collector, jvmOptions);
      if (exit != 0) {
        System.out.printf(
            "%-10d %-9s failed: exit %d (see above) %s%n", size, engine, exit, jvmOptions);
      }
    }
  }

  private static int child(
      int size, int years, String engine, boolean warmUp, String collector, List<String> jvmOptions)
      throws IOException, InterruptedException {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    switch (collector) {
      case "serial" -> command.addAll(List.of("-XX:+UseSerialGC", "-Xmn64m"));
      case "parallel" -> command.add("-XX:+UseParallelGC");
      default -> throw new IllegalArgumentException("no collector " + collector);
    }
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(HeapMain.class.getName());
    command.addAll(
        List.of(
            "--one",
            Integer.toString(size),
            Integer.toString(years),
            engine,
            Boolean.toString(warmUp)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (var lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      lines.lines().forEach(line -> System.out.println(line + " " + String.join(" ", jvmOptions)));
    }
    return process.waitFor();
  }

  private static void measure(int size, int years, String engine, boolean warmUp) {
    Data.Input input = Data.generated(size, years);
    int values = input.reports().stream().mapToInt(report -> report.values().size()).sum();
    Data.Engine checker = Data.Engine.named(engine);
    if (warmUp) {
      checker.check(input); // loads and compiles what a check needs
    }
    long inputOnly = usedAfterGc();
    AtomicLong peak = peakAfterCollections();
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStarted = os.getProcessCpuTime();
    long started = System.nanoTime();
    CheckReport report = checker.check(input);
    long millis = (System.nanoTime() - started) / 1_000_000;
    long cpuMillis = (os.getProcessCpuTime() - cpuStarted) / 1_000_000;
    long after = usedAfterGc();
    peak.accumulateAndGet(after, Math::max);
    System.out.printf(
        "%-10d %-9s %9d %10d %10d %10d %12d %14d %12d",
        size,
        engine,
        values,
        report.findings().size(),
        millis,
        cpuMillis,
        inputOnly / MIB,
        peak.get() / MIB,
        after / MIB);
    System.out.println();
    // The input, the checker and the report count until here, whatever the JIT makes of them.
    Reference.reachabilityFence(input);
    Reference.reachabilityFence(checker);
    Reference.reachabilityFence(report);
  }

  /** The most heap used after any collection from now on, kept up to date by each collection. */
  private static AtomicLong peakAfterCollections() {
    var peak = new AtomicLong();
    Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (notification
                    .getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  var info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used =
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                          .filter(pool -> heapPools.contains(pool.getKey()))
                          .mapToLong(pool -> pool.getValue().getUsed())
                          .sum();
                  peak.accumulateAndGet(used, Math::max);
                }
              },
              null,
              null);
    }
    return peak;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return memory.getUsed();
  }
}
