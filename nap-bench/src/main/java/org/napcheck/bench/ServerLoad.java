package org.napcheck.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.napcheck.server.NapServer;
import org.napcheck.server.ServerSettings;

/**
 * {@code napcheck serve} under load, on 127.0.0.1 only, bounded in time and count; not a test of
 * {@code mvn verify}. First 50 clients check Luxembourg's plan with its monitoring data, each one
 * request after the other, for 30 s after a 10 s warm-up: errors, latency percentiles and
 * throughput. Then 20 clients each upload 100 MB at once, with a length (refused from it, before
 * the body) and without one (refused when the limit is passed), while the heap is sampled.
 *
 * <pre>
 * java -Xmx512m -cp nap-bench/target/benchmarks.jar org.napcheck.bench.ServerLoad [ROOT]
 * </pre>
 */
public final class ServerLoad {
  private static final int CLIENTS = 50;
  private static final Duration WARM_UP = Duration.ofSeconds(10);
  private static final Duration MEASURED = Duration.ofSeconds(30);
  private static final int UPLOADS = 20;
  private static final long UPLOAD_BYTES = 100L * 1000 * 1000;

  private ServerLoad() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    Path data = root.resolve("nap-examples/data/lu-wps-2");
    String boundary = "napcheck-load";
    byte[] body = multipart(boundary, data);
    int processors = Runtime.getRuntime().availableProcessors();
    ServerSettings settings =
        ServerSettings.defaults().withPort(0).withThreads(processors).withQueue(64);
    System.out.printf(
        "server: %d check threads, queue %d, limit %d bytes; JVM heap max %d MiB; %d processors%n",
        settings.threads(),
        settings.queue(),
        settings.maxRequestBytes(),
        Runtime.getRuntime().maxMemory() >> 20,
        processors);
    var heap = new HeapSampler();
    try (NapServer server = NapServer.start(settings)) {
      URI checks = server.uri().resolve("/v1/checks?asOf=2027-04-01");
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      HttpRequest request =
          HttpRequest.newBuilder(checks)
              .timeout(Duration.ofSeconds(120))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();

      run(http, request, WARM_UP, "warm-up", null);
      heap.start();
      run(http, request, MEASURED, "measured", heap);
      heap.stop();

      System.gc();
      System.out.printf(
          "heap before the uploads, after a GC: %d MiB used%n",
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
      var uploads = new HeapSampler();
      uploads.start();
      uploads(http, server.uri().resolve("/v1/checks"), true);
      uploads(http, server.uri().resolve("/v1/checks"), false);
      uploads.stop();
      System.out.printf("heap during the uploads: peak %d MiB used%n", uploads.peak.get() >> 20);
      HttpResponse<Void> ready =
          http.send(
              HttpRequest.newBuilder(server.uri().resolve("/health/ready")).build(),
              HttpResponse.BodyHandlers.discarding());
      HttpResponse<Void> after = http.send(request, HttpResponse.BodyHandlers.discarding());
      System.out.printf(
          "after: /health/ready %d, a check %d%n", ready.statusCode(), after.statusCode());
    }
  }

  private static void run(
      HttpClient http, HttpRequest request, Duration length, String phase, HeapSampler heap)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long end = System.nanoTime() + length.toNanos();
    var latencies = Collections.synchronizedList(new ArrayList<Long>());
    var statuses = new ConcurrentHashMap<String, AtomicLong>();
    long start = System.nanoTime();
    var running = new ArrayList<Future<?>>();
    for (int i = 0; i < CLIENTS; i++) {
      running.add(
          clients.submit(
              () -> {
                while (System.nanoTime() < end) {
                  long sent = System.nanoTime();
                  String outcome;
                  try {
                    HttpResponse<byte[]> response =
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    outcome = String.valueOf(response.statusCode());
                  } catch (IOException e) {
                    outcome = e.getClass().getSimpleName();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                  latencies.add(System.nanoTime() - sent);
                  statuses.computeIfAbsent(outcome, key -> new AtomicLong()).incrementAndGet();
                }
              }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    clients.shutdown();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    long errors =
        statuses.entrySet().stream()
            .filter(entry -> !entry.getKey().equals("200"))
            .mapToLong(entry -> entry.getValue().get())
            .sum();
    System.out.printf(
        "%s: %d clients, %.1f s, %d requests, %.1f checks/s, errors %d, statuses %s,"
            + " latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%s%n",
        phase,
        CLIENTS,
        seconds,
        sorted.size(),
        sorted.size() / seconds,
        errors,
        new TreeMap<>(statuses),
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        percentile(sorted, 0.99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1_000_000,
        heap == null ? "" : String.format(", heap peak %d MiB used", heap.peak.get() >> 20));
  }

  /**
   * 20 uploads of 100 MB at once, by curl: a file with its {@code Content-Length} (and curl's
   * {@code Expect: 100-continue}), or a stream with none (chunked). curl, not the JDK's client,
   * whose Java 17 waits for ever for a 100 that a refusal never sends (JDK-8286171).
   */
  private static void uploads(HttpClient http, URI checks, boolean withLength) throws Exception {
    Path file = null;
    if (withLength) {
      file = Files.createTempFile("napcheck-upload", ".yaml");
      try (var out = Files.newOutputStream(file);
          InputStream in = new Zeros(UPLOAD_BYTES)) {
        in.transferTo(out);
      }
    }
    String curl =
        "curl -s -o /dev/null -w '%{http_code}' --max-time 120 -X POST"
            + " -H 'Content-Type: application/yaml' ";
    String command =
        withLength
            ? curl + "-T '" + file + "' '" + checks + "'"
            : "head -c " + UPLOAD_BYTES + " /dev/zero | " + curl + "-T - '" + checks + "'";
    var outcomes = new TreeMap<String, Integer>();
    long start = System.nanoTime();
    var running = new ArrayList<Process>();
    for (int i = 0; i < UPLOADS; i++) {
      running.add(new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start());
    }
    for (Process process : running) {
      String status = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      outcomes.merge(status.isBlank() ? "no answer" : status.strip(), 1, Integer::sum);
    }
    if (file != null) {
      Files.delete(file);
    }
    System.out.printf(
        "%d uploads of %d MB %s: %s in %.1f s%n",
        UPLOADS,
        UPLOAD_BYTES / 1_000_000,
        withLength ? "with Content-Length (Expect: 100-continue)" : "streamed, no length (chunked)",
        outcomes,
        (System.nanoTime() - start) / 1e9);
  }

  private static long percentile(List<Long> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(fraction * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1_000_000;
  }

  private static byte[] multipart(String boundary, Path data) throws IOException {
    var out = new ByteArrayOutputStream();
    List<Path> files = new ArrayList<>();
    files.add(data.resolve("plan.yaml"));
    try (var listing = Files.list(data.resolve("monitoring"))) {
      files.addAll(listing.sorted().toList());
    }
    for (Path file : files) {
      String field = file.getFileName().toString().equals("plan.yaml") ? "plan" : "monitoring";
      out.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field
                  + "\"; filename=\""
                  + file.getFileName()
                  + "\"\r\nContent-Type: application/yaml\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(Files.readAllBytes(file));
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** {@code length} bytes of 'a', made as they are read: nothing held in memory. */
  private static final class Zeros extends InputStream {
    private long left;

    Zeros(long length) {
      this.left = length;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return 'a';
    }

    @Override
    public int read(byte[] bytes, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      java.util.Arrays.fill(bytes, offset, offset + n, (byte) 'a');
      left -= n;
      return n;
    }
  }

  /** The most heap in use, sampled every 20 ms. */
  private static final class HeapSampler {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    final AtomicLong peak = new AtomicLong();
    private volatile boolean sampling;
    private Thread thread;

    void start() {
      sampling = true;
      thread =
          new Thread(
              () -> {
                while (sampling) {
                  peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      sampling = false;
      thread.join();
    }
  }
}
