package org.napcheck.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.NapReader;
import org.napcheck.io.NapWriter;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Plan;
import org.napcheck.rules.NapChecker;

/**
 * napcheck inside an application, e.g. a ministry's web service: one checker and one reader, built
 * when the application starts and shared by every request, from as many threads as it likes.
 * Building a checker compiles rules and takes a moment; checking a plan takes milliseconds.
 */
public final class EmbeddingExample {
  private final NapChecker checker;
  private final NapReader reader = new NapReader();

  public EmbeddingExample(Locale locale) {
    this.checker = NapChecker.builder().locale(locale).build();
  }

  /**
   * One request: a draft plan's text in, the JSON report out.
   *
   * @throws NapFormatException when the draft cannot be read: its problems are the answer
   */
  public String check(String planYaml, LocalDate asOf) throws NapFormatException {
    Plan plan = reader.readPlan(planYaml, "draft.yaml");
    CheckReport report = checker.check(plan, List.of(), asOf);
    return new NapWriter().reportToJson(report);
  }

  /** Serves {@code requests} requests for the same draft from {@code threads} threads. */
  public List<String> serve(String planYaml, LocalDate asOf, int requests, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      var answers = new ArrayList<Future<String>>();
      for (int i = 0; i < requests; i++) {
        answers.add(pool.submit(() -> check(planYaml, asOf)));
      }
      var reports = new ArrayList<String>();
      for (Future<String> answer : answers) {
        reports.add(answer.get());
      }
      return reports;
    } finally {
      pool.shutdown();
    }
  }

  public static void main(String[] args) throws Exception {
    String plan = luxembourgPlan();
    var service = new EmbeddingExample(Locale.FRENCH);
    long started = System.nanoTime();
    List<String> reports = service.serve(plan, LocalDate.of(2030, 1, 1), 32, 8);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "%d requests on 8 threads in %d ms, %s%n",
        reports.size(),
        millis,
        reports.stream().distinct().count() == 1 ? "every answer the same" : "ANSWERS DIFFER");
    try {
      service.check("napcheck: 1\nplan: { id: X }\n", LocalDate.of(2030, 1, 1));
    } catch (NapFormatException e) {
      System.out.println("A bad request gets its problems, not a stack trace:");
      e.problems().forEach(problem -> System.out.println("  " + problem));
    }
  }

  static String luxembourgPlan() throws IOException {
    return Files.readString(ExampleData.luxembourg().resolve("plan.yaml"));
  }
}
