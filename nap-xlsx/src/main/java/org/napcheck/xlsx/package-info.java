/**
 * Public API: plans in spreadsheets, and findings for people who work in spreadsheets (XLSX, Excel
 * 2007 and later, LibreOffice, Google Sheets).
 *
 * <p>{@link org.napcheck.xlsx.XlsxPlans} reads a plan laid out like the published tables (one sheet
 * per pillar: Objectives | Actions | Indicators | Relevant ministries) or in napcheck's flat
 * template (one sheet per level, with id columns), and writes both; {@link
 * org.napcheck.xlsx.XlsxReports} writes findings as a workbook. Problems name the sheet and the
 * cell: {@code plan.xlsx: Actions!C12: ...}.
 *
 * <p>The module {@code nap-xlsx} brings Apache POI ({@code org.apache.poi:poi-ooxml}; versions in
 * {@code nap-bom}). POI logs through the Log4j API; route it to SLF4J with {@code
 * org.apache.logging.log4j:log4j-to-slf4j}, or to any Log4j provider. Layouts: {@code
 * docs/spreadsheets.md}.
 */
package org.napcheck.xlsx;
