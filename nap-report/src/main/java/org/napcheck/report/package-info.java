/**
 * Public API: writers of check reports for people and tools, one per {@link
 * org.napcheck.report.ReportFormat}: text for a terminal, JSON (the contract of DESIGN.md), CSV for
 * spreadsheets, Markdown for evaluation documents, a self-contained HTML dashboard, and SARIF 2.1.0
 * for code-scanning tools.
 *
 * <pre>{@code
 * String html = ReportFormat.HTML.render(new ReportContext(report, plan, checker.catalog(), Locale.FRENCH));
 * }</pre>
 */
package org.napcheck.report;
