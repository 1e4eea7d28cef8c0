package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.napcheck.io.NapWriter;
import org.napcheck.io.Schemas;
import org.napcheck.rules.NapChecker;

/** Every example file in the repository is valid against the published JSON Schemas. */
class ExampleSchemasTest {
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @Test
  void should_validate_every_example_plan_and_monitoring_file() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("data"))) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(path -> path.toString().endsWith(".yaml"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(5);
    for (Path file : files) {
      String schema =
          file.getFileName().toString().equals("plan.yaml") ? Schemas.PLAN : Schemas.MONITORING;
      JsonNode tree = new YAMLMapper().readTree(file.toFile());
      assertThat(schema(schema).validate(tree)).as(file.toString()).isEmpty();
    }
  }

  @Test
  void should_write_a_luxembourg_report_that_the_report_schema_accepts() throws IOException {
    var report =
        NapChecker.withDefaults()
            .check(Luxembourg.plan(), Luxembourg.reports(), LocalDate.of(2027, 4, 1));
    JsonNode tree = new ObjectMapper().readTree(new NapWriter().reportToJson(report));
    assertThat(schema(Schemas.REPORT).validate(tree)).isEmpty();
  }

  private static JsonSchema schema(String resource) throws IOException {
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
      return FACTORY.getSchema(in);
    }
  }
}
