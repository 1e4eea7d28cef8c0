/**
 * AssertJ assertions on check reports, and scenario files run as JUnit 5 tests.
 *
 * <p>Drafts kept in spreadsheets are tested like the others, so nap-xlsx is required here, as in
 * the POM.
 */
module org.napcheck.testkit {
  requires transitive org.napcheck.model;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires org.napcheck.io;
  requires org.napcheck.rules;
  requires org.napcheck.xlsx;
  requires com.fasterxml.jackson.databind;

  exports org.napcheck.testkit;
}
