/**
 * Small runnable programs that show napcheck at work in applications: {@link
 * org.napcheck.examples.EmbeddingExample} (one checker, many requests), {@link
 * org.napcheck.examples.NightlyBatchExample} (a folder of plans, reports, an exit code), {@link
 * org.napcheck.examples.MinistryRuleExample} (a ministry's own rule in DRL), {@link
 * org.napcheck.examples.WaiverExample} (a rule switched off, a finding waived) and {@link
 * org.napcheck.examples.SpreadsheetExample} (plans and findings in XLSX). Each has a {@code main}
 * and a test that runs it. Not an API: copy what helps.
 */
package org.napcheck.examples;
