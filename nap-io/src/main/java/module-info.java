/**
 * Reading plans, monitoring data and waivers; writing reports; the JSON Schemas of the formats.
 *
 * <p>Apache POI is optional, as in the POM: {@code org.napcheck.io.xlsx} needs it, nothing else
 * does. The schemas are resources for anyone to load: their package is open, and holds no class.
 */
@SuppressWarnings("requires-automatic") // Expressly has no module descriptor
module org.napcheck.io {
  requires transitive org.napcheck.model;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires org.hibernate.validator;
  // Hibernate Validator fills its messages in with Jakarta Expression Language, which it requires
  // only statically: nap-io brings it, with its implementation, as its POM does.
  requires jakarta.el;
  requires org.glassfish.expressly;
  requires static org.apache.poi.poi;
  requires static org.apache.poi.ooxml;

  exports org.napcheck.io;
  exports org.napcheck.io.report;
  exports org.napcheck.io.xlsx;

  opens org.napcheck.io.schema;
}
