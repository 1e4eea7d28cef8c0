package org.napcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.napcheck.io.NapReader;
import org.napcheck.io.NapWriter;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;

/**
 * Any valid plan or report written as YAML, read, written as JSON, read and written as YAML again
 * comes back the same, to the byte: conversions between the formats lose nothing.
 */
class RoundTripPropertiesTest {
  private final NapReader reader = new NapReader();
  private final NapWriter writer = new NapWriter();

  @Provide
  Arbitrary<Plan> plans() {
    return ValidPlans.plans();
  }

  @Provide
  Arbitrary<List<MonitoringReport>> reports() {
    return ValidPlans.plans().flatMap(ValidPlans::reports);
  }

  @Property(tries = 500)
  void should_turn_a_plan_from_yaml_to_json_and_back_exactly(@ForAll("plans") Plan plan)
      throws Exception {
    // WHEN
    String yaml = writer.planToYaml(plan);
    Plan fromYaml = reader.readPlan(yaml, "plan.yaml");
    Plan fromJson = reader.readPlan(writer.planToJson(fromYaml), "plan.json");

    // THEN
    assertThat(fromYaml).isEqualTo(plan);
    assertThat(fromJson).isEqualTo(plan);
    assertThat(writer.planToYaml(fromJson)).isEqualTo(yaml);
  }

  @Property(tries = 200)
  void should_turn_a_report_from_yaml_to_json_and_back_exactly(
      @ForAll("reports") List<MonitoringReport> reports) throws Exception {
    for (MonitoringReport report : reports) {
      // WHEN
      String yaml = writer.monitoringReportToYaml(report);
      MonitoringReport fromYaml = readMonitoringReport(yaml, "report.yaml");
      MonitoringReport fromJson =
          readMonitoringReport(writer.monitoringReportToJson(fromYaml), "report.json");

      // THEN
      assertThat(fromYaml).isEqualTo(report);
      assertThat(fromJson).isEqualTo(report);
      assertThat(writer.monitoringReportToYaml(fromJson)).isEqualTo(yaml);
    }
  }

  private MonitoringReport readMonitoringReport(String text, String name) throws Exception {
    return reader.readMonitoringReport(
        new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        name);
  }
}
