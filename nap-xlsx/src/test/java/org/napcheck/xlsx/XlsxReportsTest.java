package org.napcheck.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.napcheck.model.CheckReport;
import org.napcheck.model.Finding;
import org.napcheck.model.Location;
import org.napcheck.model.RuleInfo;
import org.napcheck.model.Severity;
import org.napcheck.model.Waiver;
import org.napcheck.report.ReportContext;

class XlsxReportsTest {
  private static final String FORMULA = "=HYPERLINK(\"http://evil\",\"click\")";

  @Test
  void should_write_one_row_per_finding_under_a_bold_frozen_filtered_header() throws IOException {
    // WHEN
    try (XSSFWorkbook workbook = Workbooks.open(new XlsxReports().bytes(context()))) {
      // THEN
      XSSFSheet findings = workbook.getSheet("Findings");
      assertThat(cells(findings.getRow(0))).isEqualTo(XlsxReports.FINDING_COLUMNS);
      assertThat(
              workbook
                  .getFontAt(findings.getRow(0).getCell(0).getCellStyle().getFontIndex())
                  .getBold())
          .isTrue();
      assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
      assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M3");
      assertThat(findings.getLastRowNum()).isEqualTo(2);

      Row overdue = findings.getRow(1);
      assertThat(cells(overdue).subList(0, 6))
          .containsExactly("error", "NAP-M001", "III", "3.b", "3.b.3", "");
      assertThat(overdue.getCell(10).getStringCellValue())
          .isEqualTo("deadline=2029-12-31; deadlineStated=true");
      assertThat(overdue.getCell(11).getBooleanCellValue()).isFalse();

      Row waived = findings.getRow(2);
      assertThat(waived.getCell(6).getNumericCellValue()).isEqualTo(2026);
      assertThat(waived.getCell(11).getBooleanCellValue()).isTrue();
      assertThat(waived.getCell(12).getStringCellValue()).isEqualTo("@budget voted yearly");
    }
  }

  @Test
  void should_write_the_same_bytes_for_the_same_report_whenever_it_is_written()
      throws IOException, InterruptedException {
    byte[] first = new XlsxReports().bytes(context());
    Thread.sleep(2100); // zip entry times count in steps of two seconds

    byte[] second = new XlsxReports().bytes(context());

    assertThat(second).isEqualTo(first);
    try (XSSFWorkbook workbook = Workbooks.open(second)) {
      assertThat(workbook.getProperties().getCoreProperties().getCreated()).isNull();
    }
  }

  @Test
  void should_keep_texts_that_look_like_formulas_as_literal_text() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(new XlsxReports().bytes(context()))) {
      Cell message = workbook.getSheet("Findings").getRow(2).getCell(9);
      assertThat(message.getCellType()).isEqualTo(CellType.STRING);
      assertThat(message.getStringCellValue()).isEqualTo(FORMULA);
      assertThat(message.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void should_add_the_rules_and_a_summary() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(new XlsxReports().bytes(context()))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Findings");
      Row rule = workbook.getSheet("Rules").getRow(1);
      assertThat(cells(rule).subList(0, 3)).containsExactly("NAP-M001", "error", "Action overdue");
      assertThat(rule.getCell(3).getNumericCellValue()).isEqualTo(1);
      XSSFSheet summary = workbook.getSheet("Summary");
      assertThat(cells(summary.getRow(3))).containsExactly("asOf", "2030-01-01");
      assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(1);
    }
  }

  @Test
  void should_write_atomically_to_a_file(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("findings.xlsx");
    new XlsxReports().write(context(), file);
    assertThat(file).isNotEmptyFile();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  private static ReportContext context() {
    Location plan = Location.ofPlan("TEST-1");
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("deadline", "2029-12-31");
    evidence.put("deadlineStated", "true");
    var overdue =
        new Finding(
            "NAP-M001",
            Severity.ERROR,
            plan.withPillar("III").withObjective("3.b").withAction("3.b.3"),
            "Action 3.b.3 was due by 2029-12-31.",
            evidence,
            null);
    var waived =
        new Finding(
            "NAP-M006",
            Severity.WARNING,
            plan.withYear(2026).withReporter("MFA"),
            FORMULA,
            Map.of(),
            new Waiver("NAP-M006", plan, "@budget voted yearly", "MFA", LocalDate.of(2031, 1, 1)));
    var report =
        new CheckReport(
            "TEST-1",
            LocalDate.of(2030, 1, 1),
            "napcheck-rules 0.1.0",
            List.of(waived, overdue),
            List.of(
                new CheckReport.RuleOutcome("NAP-M001", "Action overdue", Severity.ERROR, 1),
                new CheckReport.RuleOutcome("NAP-M006", "No report", Severity.WARNING, 1)));
    List<RuleInfo> catalog =
        List.of(
            new RuleInfo(
                "NAP-M001",
                "Action overdue",
                Severity.ERROR,
                "why",
                "source",
                "fix",
                "napcheck",
                true),
            new RuleInfo(
                "NAP-M006",
                "No report",
                Severity.WARNING,
                "why",
                "source",
                "fix",
                "napcheck",
                true));
    return new ReportContext(report, null, catalog, Locale.ENGLISH);
  }

  private static List<String> cells(Row row) {
    var values = new java.util.ArrayList<String>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      values.add(cell == null ? "" : new DataFormatter().formatCellValue(cell));
    }
    return values;
  }
}
