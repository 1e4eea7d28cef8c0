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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.napcheck.io.internal.Converters;
import org.napcheck.io.internal.Field;
import org.napcheck.io.internal.ReportTrees;
import org.napcheck.io.internal.Shape;
import org.napcheck.io.internal.Shapes;

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
    JsonNode written = new ObjectMapper().readTree(new NapWriter().reportToJson(Reports.sample()));

    // WHEN / THEN
    assertThat(validate(Schemas.REPORT, written)).isEmpty();
  }

  @Test
  void should_refuse_a_report_missing_its_summary() throws IOException {
    // GIVEN
    var written =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            new ObjectMapper().readTree(new NapWriter().reportToJson(Reports.sample()));
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

  static Stream<Arguments> objects() {
    return Stream.of(
        Arguments.of(Schemas.PLAN, "plan", Shapes.PLAN),
        Arguments.of(Schemas.PLAN, "period", Shapes.PERIOD),
        Arguments.of(Schemas.PLAN, "monitoring", Shapes.MONITORING),
        Arguments.of(Schemas.PLAN, "budget", Converters.BUDGET_OBJECT),
        Arguments.of(Schemas.PLAN, "actor", Shapes.ACTOR),
        Arguments.of(Schemas.PLAN, "pillar", Shapes.PILLAR),
        Arguments.of(Schemas.PLAN, "objective", Shapes.OBJECTIVE),
        Arguments.of(Schemas.PLAN, "action", Shapes.ACTION),
        Arguments.of(Schemas.PLAN, "indicator", Shapes.INDICATOR),
        Arguments.of(Schemas.MONITORING, "report", Shapes.REPORT),
        Arguments.of(Schemas.MONITORING, "progress", Shapes.ACTION_PROGRESS),
        Arguments.of(Schemas.MONITORING, "value", Shapes.INDICATOR_VALUE),
        Arguments.of(Schemas.WAIVERS, "waiver", Shapes.WAIVER),
        Arguments.of(Schemas.WAIVERS, "location", Shapes.LOCATION),
        Arguments.of(Schemas.REPORT, "finding", reportShape("finding")),
        Arguments.of(Schemas.REPORT, "location", reportShape("location")),
        Arguments.of(Schemas.REPORT, "waiver", reportShape("reportWaiver")),
        Arguments.of(Schemas.REPORT, "rule", reportShape("rule")));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("objects")
  void should_list_the_fields_the_reader_reads_and_the_writer_writes(
      String schema, String object, Shape<?> shape) throws IOException {
    // GIVEN the object's definition in the schema (of an object, when it may be a text too)
    JsonNode definition = definition(schema, object);

    // WHEN
    List<String> properties = new ArrayList<>();
    definition.get("properties").fieldNames().forEachRemaining(properties::add);
    List<String> required = new ArrayList<>();
    definition.path("required").forEach(name -> required.add(name.asText()));

    // THEN the schema lists the field table's names, in its order, and requires what it requires
    assertThat(properties).containsExactlyElementsOf(shape.names());
    assertThat(required)
        .containsExactlyInAnyOrderElementsOf(
            shape.fields().stream().filter(Field::isRequired).map(Field::name).toList());
    assertThat(definition.get("additionalProperties").asBoolean()).isFalse();
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("objects")
  void should_hold_objects_where_the_schema_gives_an_object(
      String schema, String object, Shape<?> shape) throws IOException {
    // GIVEN the schema's objects, by their names in $defs
    Map<String, Shape<?>> objects = new HashMap<>();
    objects()
        .map(Arguments::get)
        .filter(arguments -> arguments[0].equals(schema))
        .forEach(arguments -> objects.put((String) arguments[1], (Shape<?>) arguments[2]));
    JsonNode properties = definition(schema, object).get("properties");

    for (Field<?, ?> field : shape.fields()) {
      // WHEN
      JsonNode property = properties.get(field.name());
      JsonNode value = field.isList() ? property.get("items") : property;
      String ref = value.path("$ref").asText().replace("#/$defs/", "");

      // THEN a list is an array, and a field's object is the one the schema refers to
      assertThat(property.has("items")).as(field.name()).isEqualTo(field.isList());
      assertThat(field.codec().objectShape())
          .as(field.name())
          .isEqualTo(Optional.ofNullable(objects.get(ref)));
    }
  }

  @Test
  void should_hold_every_shape_of_the_formats_to_a_schema() {
    List<Object> tested = objects().map(arguments -> arguments.get()[2]).toList();

    assertThat(tested).containsAll(Shapes.ALL).containsAll(ReportTrees.SHAPES);
  }

  /** The JSON report's object of that name: its shapes are ReportTrees' own. */
  private static Shape<?> reportShape(String what) {
    return ReportTrees.SHAPES.stream()
        .filter(shape -> shape.what().equals(what))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode definition(String schema, String object) throws IOException {
    JsonNode definition;
    try (InputStream in = Schemas.url(schema).openStream()) {
      definition = new ObjectMapper().readTree(in).get("$defs").get(object);
    }
    if (definition.has("properties")) {
      return definition;
    }
    for (JsonNode member : definition.path("anyOf")) {
      if (member.has("properties")) {
        return member;
      }
    }
    throw new AssertionError("no object " + object + " in " + schema);
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
