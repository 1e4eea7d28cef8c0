package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napcheck.io.TestData.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas describe exactly what the reader accepts and the report writer writes. */
class SchemasTest {

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "plan.yaml, " + Schemas.PLAN,
    "plan.json, " + Schemas.PLAN,
    "draft.yaml, " + Schemas.PLAN,
    "report.yaml, " + Schemas.MONITORING,
    "waivers.yaml, " + Schemas.WAIVERS,
    "report.json, " + Schemas.REPORT
  })
  void should_accept_every_sample_file(String sample, String schema) throws IOException {
    assertThat(validate(schema, tree(data(sample)))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "unknown-field.yaml",
    "wrong-types.yaml",
    "missing-field.yaml",
    "version.yaml",
    "invalid.yaml"
  })
  void should_refuse_what_the_reader_refuses(String sample) throws IOException {
    assertThat(validate(Schemas.PLAN, tree(data("bad/" + sample)))).isNotEmpty();
  }

  @Test
  void should_accept_the_report_that_report_json_writes() throws IOException {
    // GIVEN
    JsonNode written = new ObjectMapper().readTree(ReportJson.write(Reports.sample()));

    // WHEN / THEN
    assertThat(validate(Schemas.REPORT, written)).isEmpty();
  }

  @Test
  void should_refuse_a_report_missing_its_summary() throws IOException {
    // GIVEN
    var written =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            new ObjectMapper().readTree(ReportJson.write(Reports.sample()));
    written.remove("summary");

    // WHEN / THEN
    assertThat(validate(Schemas.REPORT, written))
        .extracting(ValidationMessage::getMessage)
        .containsExactly("$: required property 'summary' not found");
  }

  @ParameterizedTest
  @MethodSource("org.napcheck.io.Schemas#all")
  void should_ship_every_schema_with_descriptions(String schema) throws IOException {
    // WHEN
    JsonNode tree;
    try (InputStream in = Schemas.url(schema).openStream()) {
      tree = new ObjectMapper().readTree(in);
    }

    // THEN
    assertThat(tree.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(tree.get("description").asText()).isNotBlank();
    assertThat(FACTORY.getSchema(tree)).isNotNull();
  }

  private static JsonNode tree(Path file) throws IOException {
    // The schema sees what a YAML reader sees: 03-31 and 2027-02-10 are texts.
    return new YAMLMapper().readTree(file.toFile());
  }

  private static Set<ValidationMessage> validate(String schema, JsonNode tree) throws IOException {
    try (InputStream in = Schemas.url(schema).openStream()) {
      JsonSchema loaded = FACTORY.getSchema(in);
      return loaded.validate(tree);
    }
  }
}
