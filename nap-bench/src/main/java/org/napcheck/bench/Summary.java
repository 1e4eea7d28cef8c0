package org.napcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints JMH's JSON results ({@code -rf json}) as a Markdown table: the median of the measured
 * iterations, with their range, for BENCHMARKS.md.
 *
 * <pre>
 * java -cp nap-bench/target/benchmarks.jar org.napcheck.bench.Summary RESULT.json...
 * </pre>
 */
public final class Summary {
  private Summary() {}

  public static void main(String[] args) throws IOException {
    var mapper = new ObjectMapper();
    System.out.println(
        "| benchmark | parameters | mode | median | min | max | samples | unit | allocated per op |");
    System.out.println("|---|---|---|---:|---:|---:|---:|---|---:|");
    for (String file : args) {
      for (JsonNode result : mapper.readTree(Path.of(file).toFile())) {
        JsonNode primary = result.get("primaryMetric");
        List<Double> samples = new ArrayList<>();
        primary
            .get("rawData")
            .forEach(fork -> fork.forEach(value -> samples.add(value.asDouble())));
        samples.sort(null);
        String benchmark = result.get("benchmark").asText().replace("org.napcheck.bench.", "");
        System.out.printf(
            "| %s | %s | %s | %s | %s | %s | %d | %s | %s |%n",
            benchmark,
            parameters(result.get("params")),
            result.get("mode").asText(),
            number(median(samples)),
            number(samples.get(0)),
            number(samples.get(samples.size() - 1)),
            samples.size(),
            primary.get("scoreUnit").asText(),
            allocated(result.get("secondaryMetrics")));
      }
    }
  }

  private static String parameters(JsonNode params) {
    if (params == null) {
      return "";
    }
    var pairs = new ArrayList<String>();
    for (Map.Entry<String, JsonNode> entry : params.properties()) {
      pairs.add(entry.getKey() + "=" + entry.getValue().asText());
    }
    return pairs.stream().collect(Collectors.joining(", "));
  }

  /** JMH's {@code -prof gc}: bytes allocated per operation, in MiB. */
  private static String allocated(JsonNode secondary) {
    JsonNode norm = secondary == null ? null : secondary.get("gc.alloc.rate.norm");
    return norm == null ? "" : number(norm.get("score").asDouble() / (1024 * 1024)) + " MiB";
  }

  private static double median(List<Double> sorted) {
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static String number(double value) {
    if (value >= 100) {
      return String.format("%.0f", value);
    }
    if (value >= 10) {
      return String.format("%.1f", value);
    }
    return String.format("%.3g", value);
  }
}
