package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.napcheck.io.NapReader;
import org.napcheck.model.Plan;
import org.napcheck.xlsx.XlsxPlans;

/** Plans in spreadsheets and findings for spreadsheets, through the command ({@link InProcess}). */
class XlsxTest {
  private static final String MONITORING = Jar.LUXEMBOURG.resolve("monitoring").toString();

  @TempDir static Path dir;

  static Path template;
  static Path tables;

  @BeforeAll
  static void luxembourgInSpreadsheets() throws IOException {
    Plan plan = new NapReader().readPlan(Jar.LUXEMBOURG.resolve("plan.yaml"));
    template = dir.resolve("plan.xlsx");
    new XlsxPlans().writeTemplate(plan, template);
    tables = dir.resolve("tables.xlsx");
    new XlsxPlans().writePublishedTables(plan, tables);
  }

  @Test
  void should_check_a_plan_in_the_template_as_it_checks_the_same_plan_in_yaml() throws Exception {
    // WHEN
    Jar.Run fromXlsx =
        InProcess.run(
            "check",
            template.toString(),
            "--monitoring",
            MONITORING,
            "--as-of",
            "2030-01-01",
            "--format",
            "json");
    Jar.Run fromYaml =
        InProcess.run(
            "check",
            Jar.LUXEMBOURG.resolve("plan.yaml").toString(),
            "--monitoring",
            MONITORING,
            "--as-of",
            "2030-01-01",
            "--format",
            "json");

    // THEN
    assertThat(fromXlsx.err()).isEmpty();
    assertThat(fromXlsx.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(fromXlsx.out()).isEqualTo(fromYaml.out());
  }

  @Test
  void should_check_a_plan_laid_out_like_the_published_tables() throws Exception {
    Jar.Run run = InProcess.run("check", tables.toString(), "--as-of", "2030-01-01");
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("NAP-M001").contains("3.b.3");
    assertThat(run.err()).doesNotContain("Log4j").doesNotContain("ERROR");
  }

  @Test
  void should_validate_a_workbook() throws Exception {
    Jar.Run run = InProcess.run("validate", template.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out())
        .contains(
            "valid plan LU-WPS-2 (4 pillars, 31 objectives, 106 actions, 178 indicators, 29"
                + " actors)");
  }

  @Test
  void should_write_findings_to_a_workbook() throws Exception {
    // GIVEN
    Path findings = dir.resolve("findings.xlsx");
    String plan = Jar.LUXEMBOURG.resolve("plan.yaml").toString();

    // WHEN
    Jar.Run run =
        InProcess.run(
            "check",
            plan,
            "--monitoring",
            MONITORING,
            "--as-of",
            "2027-04-01",
            "--format",
            "xlsx",
            "--output",
            findings.toString());
    Jar.Run json =
        InProcess.run(
            "check", plan, "--monitoring", MONITORING, "--as-of", "2027-04-01", "--format", "json");

    // THEN: one row per finding under the header, as many as the JSON report has
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err()).contains("-> " + findings);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(findings)))) {
      XSSFSheet sheet = workbook.getSheet("Findings");
      assertThat(sheet.getLastRowNum()).isEqualTo(json.out().split("\"rule\": \"", -1).length - 1);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("error");
    }
  }

  @Test
  void should_refuse_xlsx_to_the_terminal() throws Exception {
    Jar.Run run = InProcess.run("check", template.toString(), "--format", "xlsx");
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("--output FILE.xlsx");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void should_name_the_sheet_and_cell_of_a_bad_value() throws Exception {
    // GIVEN: the template with a period that does not end in a year
    Path bad = dir.resolve("bad.xlsx");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(template)))) {
      workbook.getSheet("Plan").getRow(5).getCell(1).setCellValue("2O30");
      workbook.getSheet("Actions").getRow(11).getCell(2).setCellValue(" ");
      try (var out = Files.newOutputStream(bad)) {
        workbook.write(out);
      }
    }

    // WHEN
    Jar.Run run = InProcess.run("check", bad.toString());

    // THEN
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err())
        .contains("2 problems")
        .contains("bad.xlsx: Plan!B6: expected a whole number (a year), found \"2O30\"")
        .contains("bad.xlsx: Actions!C12: must not be blank")
        .doesNotContain("\tat ");
  }
}
