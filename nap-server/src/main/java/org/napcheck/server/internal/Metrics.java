package org.napcheck.server.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Severity;

/** What {@code /metrics} shows, in Prometheus' text format. */
public final class Metrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer checkDuration =
      Timer.builder("napcheck.check.duration")
          .description("Time to read, check and write one report")
          .publishPercentiles(0.5, 0.95, 0.99)
          .register(registry);

  public void checked(CheckReport report, Duration took) {
    Counter.builder("napcheck.checks")
        .description("Checks answered")
        .register(registry)
        .increment();
    checkDuration.record(took);
    for (Severity severity : Severity.values()) {
      Counter.builder("napcheck.findings")
          .description("Findings in the reports answered, by severity")
          .tag("severity", severity.name().toLowerCase(Locale.ROOT))
          .register(registry)
          .increment(report.summary().getOrDefault(severity, 0));
    }
  }

  public void validated() {
    Counter.builder("napcheck.validations")
        .description("Validations answered")
        .register(registry)
        .increment();
  }

  public void refused(int status, String slug) {
    Counter.builder("napcheck.refusals")
        .description("Requests refused, by status and problem type")
        .tag("status", String.valueOf(status))
        .tag("type", slug)
        .register(registry)
        .increment();
  }

  public String scrape() {
    return registry.scrape();
  }
}
