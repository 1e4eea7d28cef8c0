/**
 * Writing check reports: text, JSON, CSV, Markdown, the HTML dashboard, SARIF 2.1.0; the rule
 * catalog as JSON.
 */
module org.napcheck.report {
  requires transitive org.napcheck.io;
  requires com.fasterxml.jackson.databind;

  exports org.napcheck.report;
  exports org.napcheck.report.internal to
      org.napcheck.xlsx;
}
