/**
 * Reading and writing plans, monitoring data and waivers; the JSON check report; the JSON Schemas
 * of the formats.
 *
 * <p>Reports for people and tools are {@code org.napcheck.report} (nap-report); spreadsheets are
 * {@code org.napcheck.xlsx} (nap-xlsx). They share this module's internals, which no one else sees.
 * The schemas are resources for anyone to load: their package is open, and holds no class.
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

  exports org.napcheck.io;
  exports org.napcheck.io.spi;
  exports org.napcheck.io.internal to
      org.napcheck.report,
      org.napcheck.xlsx,
      org.napcheck.testkit;

  opens org.napcheck.io.schema;

  uses org.napcheck.io.spi.PlanFormat;
}
