package org.napcheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.Problem;
import org.napcheck.model.Action;
import org.napcheck.model.Indicator;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;
import org.napcheck.xlsx.XlsxPlans;

/** Luxembourg's plan through spreadsheets, both ways. */
class LuxembourgXlsxTest {
  private final XlsxPlans xlsx = new XlsxPlans();

  @Test
  void should_read_back_the_template_equal_to_the_plan() throws IOException {
    // GIVEN
    Plan plan = Luxembourg.plan();

    // WHEN
    Plan read = read(xlsx.template(plan));

    // THEN
    assertThat(read).isEqualTo(plan);
  }

  @Test
  void should_read_back_the_published_tables_with_the_same_texts() throws IOException {
    // GIVEN: a workbook laid out like the published tables, one sheet per pillar
    Plan plan = Luxembourg.plan();
    byte[] tables = xlsx.publishedTables(plan);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(tables))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2 + 4);
      Row header = workbook.getSheetAt(2).getRow(2);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Objectives");
      assertThat(header.getCell(3).getStringCellValue())
          .isEqualTo("Relevant ministries and administrations");
    }

    // WHEN
    Plan read = read(tables);

    // THEN: the pillars, objectives, actions and indicators, ids and texts, and who is responsible
    assertThat(read.actors()).isEqualTo(plan.actors());
    assertThat(read.pillars()).hasSameSizeAs(plan.pillars());
    for (int p = 0; p < plan.pillars().size(); p++) {
      Pillar expected = plan.pillars().get(p);
      Pillar actual = read.pillars().get(p);
      assertThat(actual.id()).isEqualTo(expected.id());
      assertThat(actual.title()).isEqualTo(expected.title());
      assertThat(texts(actual)).isEqualTo(texts(expected));
    }
    assertThat(read.indicators().count()).isEqualTo(178);
    assertThat(read.actions().map(Action::deadline).toList())
        .isEqualTo(plan.actions().map(Action::deadline).toList());
  }

  @Test
  void should_name_the_sheet_and_cell_of_each_bad_cell() throws IOException {
    // GIVEN the template with two cells spoilt
    byte[] spoilt;
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.template(Luxembourg.plan())))) {
      Sheet indicators = workbook.getSheet("Indicators");
      indicators.getRow(20).getCell(0).setCellValue("3.b.3x");
      Sheet actions = workbook.getSheet("Actions");
      actions.getRow(3).createCell(column(actions, "continuous")).setCellValue("perhaps");
      var out = new ByteArrayOutputStream();
      workbook.write(out);
      spoilt = out.toByteArray();
    }

    // WHEN
    NapFormatException thrown =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            NapFormatException.class, () -> read(spoilt));

    // THEN
    assertThat(thrown.problems())
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Actions!G4", "expected true or false, found \"perhaps\""),
            org.assertj.core.groups.Tuple.tuple(
                "Indicators!A21",
                "no action has the id '3.b.3x' in the sheet Actions (did you mean '3.b.3'?)"));
  }

  /** The column of {@code sheet} whose header is {@code name}. */
  private static int column(Sheet sheet, String name) {
    for (var cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().equals(name)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + name + " in " + sheet.getSheetName());
  }

  private Plan read(byte[] workbook) throws IOException {
    return xlsx.read(new ByteArrayInputStream(workbook), "lu-wps-2.xlsx");
  }

  /** Objective, action and indicator ids and texts, with the bodies responsible, in order. */
  private static List<String> texts(Pillar pillar) {
    var lines = new java.util.ArrayList<String>();
    for (Objective objective : pillar.objectives()) {
      lines.add(objective.id() + " " + objective.title());
      for (Action action : objective.actions()) {
        lines.add(action.id() + " " + action.text() + " " + action.responsible());
        for (Indicator indicator : action.indicators()) {
          lines.add(indicator.id() + " " + indicator.text());
        }
      }
    }
    return lines;
  }
}
