package org.napcheck.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.napcheck.xlsx.Workbooks.row;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.NapReader;
import org.napcheck.io.Problem;
import org.napcheck.io.internal.Field;
import org.napcheck.io.internal.Shape;
import org.napcheck.io.internal.Shapes;
import org.napcheck.model.Action;
import org.napcheck.model.Deadline;
import org.napcheck.model.Indicator;
import org.napcheck.model.Objective;
import org.napcheck.model.Pillar;
import org.napcheck.model.Plan;

class XlsxPlansTest {
  private static final Path SAMPLE = Path.of("src", "test", "resources", "data", "plan.yaml");

  private final XlsxPlans xlsx = new XlsxPlans();

  @Nested
  class Template {
    @Test
    void should_read_back_a_plan_equal_to_the_one_written() throws IOException {
      // GIVEN a plan that uses every field of the format
      Plan plan = new NapReader().readPlan(SAMPLE);
      assertThat(fieldsLeftOut(plan)).as("fields of the format the sample leaves out").isEmpty();

      // WHEN
      Plan read = Workbooks.read(xlsx.template(plan));

      // THEN
      assertThat(read).isEqualTo(plan);
    }

    @Test
    void should_write_a_file_that_reads_back(@TempDir Path dir) throws IOException {
      Plan plan = new NapReader().readPlan(SAMPLE);
      Path file = dir.resolve("plan.xlsx");
      xlsx.writeTemplate(plan, file);
      assertThat(xlsx.read(file)).isEqualTo(plan);
      assertThat(XlsxPlans.isWorkbook(file)).isTrue();
      assertThat(XlsxPlans.isWorkbook(SAMPLE)).isFalse();
    }

    @Test
    void should_be_read_by_the_reader_of_every_format(@TempDir Path dir) throws IOException {
      // GIVEN a plan in a workbook, and a bad one
      Plan plan = new NapReader().readPlan(SAMPLE);
      Path file = dir.resolve("plan.xlsx");
      xlsx.writeTemplate(plan, file);
      Path bad = dir.resolve("bad.xlsx");
      Files.write(
          bad, new Workbooks().sheet("Plan", row("field", "value"), row("titel", "x")).bytes());
      var french = java.util.Locale.FRENCH;

      // WHEN read as any other plan: nap-xlsx is present, and NapReader finds it
      Plan read = new NapReader().readPlan(file);
      Plan fromStream;
      try (var in = Files.newInputStream(file)) {
        fromStream = new NapReader().readPlan(in, "upload.xlsx");
      }
      var refused =
          catchThrowableOfType(
              NapFormatException.class, () -> new NapReader().withLocale(french).readPlan(bad));

      // THEN the plan, and the problems, that XlsxPlans gives
      assertThat(read).isEqualTo(plan);
      assertThat(fromStream).isEqualTo(plan);
      assertThat(refused.problems())
          .isNotEmpty()
          .isEqualTo(
              catchThrowableOfType(
                      NapFormatException.class, () -> xlsx.withLocale(french).read(bad))
                  .problems());
    }

    @Test
    void should_give_every_table_a_bold_frozen_filtered_header() throws IOException {
      try (XSSFWorkbook workbook =
          Workbooks.open(xlsx.template(new NapReader().readPlan(SAMPLE)))) {
        for (String name : List.of("Actors", "Pillars", "Objectives", "Actions", "Indicators")) {
          XSSFSheet sheet = workbook.getSheet(name);
          assertThat(sheet).as(name).isNotNull();
          assertThat(
                  workbook
                      .getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                      .getBold())
              .isTrue();
          assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
          assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
        }
      }
    }

    @Test
    void should_take_values_as_people_type_them() throws IOException {
      // GIVEN: codes in other cases, a list separated by ";", yes/no, a deadline typed as text
      Plan plan =
          new Workbooks()
              .planSheet()
              .sheet("Actors", row("code", "name"), row("MFA", "Ministry"))
              .sheet(
                  "Pillars",
                  row("id", "title", "themes"),
                  row("I", "Participation", "Participation"))
              .sheet("Objectives", row("pillar", "id", "title"), row("I", "1.a", "Parity"))
              .sheet(
                  "Actions",
                  row("objective", "id", "text", "responsible", "deadline", "continuous"),
                  row("1.a", "1.a.1", "  Monitor recruitment. ", "MFA; MEGA", "2029", "no"))
              .sheet(
                  "Indicators",
                  row("action", "id", "text", "measure", "parity", "baseline"),
                  row("1.a.1", "1.a.1-1", "Number of recruits", "People", "yes", 12))
              .read();

      // THEN
      Action action = plan.actions().findFirst().orElseThrow();
      assertThat(action.text()).isEqualTo("Monitor recruitment.");
      assertThat(action.responsible()).containsExactly("MFA", "MEGA");
      assertThat(action.deadline()).isEqualTo(Deadline.ofYear(2029));
      assertThat(action.continuous()).isFalse();
      Indicator indicator = action.indicators().get(0);
      assertThat(indicator.parity()).isTrue();
      assertThat(indicator.baseline()).isEqualTo("12");
      assertThat(plan.pillars().get(0).themes()).hasSize(1);
    }

    @Test
    void should_name_the_sheet_and_cell_of_every_problem_at_once() {
      // GIVEN
      var workbook =
          new Workbooks()
              .sheet(
                  "Plan",
                  row("field", "value"),
                  row("id", "XX-DRAFT"),
                  row("country", "Luxembourg"),
                  row("titel", "Draft"),
                  row("period.start", 2025),
                  row("period.end", "2O30"))
              .sheet("Pillars", row("id", "title"), row("I", "Participation"))
              .sheet("Objectives", row("pillar", "id", "title"), row("I", "1.a", "Parity"))
              .sheet(
                  "Actions",
                  row("objective", "id", "text", "deadline"),
                  row("1.a", "1.a.1", "Monitor recruitment.", "soon"),
                  row("1.b", "1.b.1", "Train diplomats.", null),
                  row("1.a", null, "Recruit.", null))
              .sheet(
                  "Indicators",
                  row("action", "id", "text", "measure"),
                  row("1.a.1", "1.a.1-1", "Number of recruits", "persons"));

      // WHEN
      List<String> problems = workbook.problems();

      // THEN
      assertThat(problems)
          .containsExactlyInAnyOrder(
              "Plan!A4: unknown field 'titel' (did you mean 'title'?); allowed: napcheck, id,"
                  + " country, title, period.start, period.end, language, monitoring.frequency,"
                  + " monitoring.reportDue, monitoring.coordinator, monitoring.civilSociety,"
                  + " budget.amount, budget.currency, budget.text",
              "Plan!B6: expected a whole number (a year), found \"2O30\"",
              "Plan!A7: missing required field 'title'",
              "Actions!D2: expected a deadline: a year such as 2029 or a date such as 2029-06-30,"
                  + " found \"soon\"",
              "Actions!A3: no objective has the id '1.b' in the sheet Objectives (did you mean"
                  + " '1.a'?)",
              "Indicators!D2: expected one of people | count | amount | milestone | text, found"
                  + " \"persons\"",
              "Plan!B3: must be an ISO 3166-1 alpha-2 code, e.g. LU",
              "Actions!B4: must not be blank");
    }

    @Test
    void should_tell_the_problems_of_a_workbook_in_french() {
      // GIVEN
      var workbook =
          new Workbooks()
              .sheet(
                  "Plan",
                  row("field", "value"),
                  row("id", "XX-DRAFT"),
                  row("country", "Luxembourg"),
                  row("titel", "Draft"),
                  row("period.start", 2025),
                  row("period.end", "2O30"))
              .sheet("Pillars", row("id", "title", "colour"), row("I", "Participation", null))
              .sheet("Objectives", row("pillar", "id", "title"), row("I", "1.a", "Parity"))
              .sheet(
                  "Actions",
                  row("objective", "id", "text", "deadline", "continuous"),
                  row("1.a", "1.a.1", "Monitor recruitment.", "soon", "maybe"),
                  row("1.b", "1.b.1", "Train diplomats.", null, null))
              .sheet(
                  "Indicators",
                  row("action", "id", "text", "measure"),
                  row("1.a.1", "1.a.1-1", "Number of recruits", "persons"));

      // WHEN
      List<String> problems = workbook.problems(java.util.Locale.FRENCH);

      // THEN
      assertThat(problems)
          .containsExactlyInAnyOrderElementsOf(
              Workbooks.french(
                  "Plan!A4: champ inconnu « titel » (vouliez-vous dire « title » ?) ; champs"
                      + " permis : « napcheck, id, country, title, period.start, period.end,"
                      + " language, monitoring.frequency, monitoring.reportDue,"
                      + " monitoring.coordinator, monitoring.civilSociety, budget.amount,"
                      + " budget.currency, budget.text »",
                  "Plan!B6: attendu : un nombre entier (une année) ; trouvé : « 2O30 »",
                  "Plan!A7: champ obligatoire manquant : « title »",
                  "Pillars!C1: colonne inconnue « colour » ; colonnes permises : « id, title,"
                      + " themes »",
                  "Actions!D2: attendu : une échéance, une année comme 2029 ou une date comme"
                      + " 2029-06-30 ; trouvé : « soon »",
                  "Actions!E2: attendu : true ou false ; trouvé : « maybe »",
                  "Actions!A3: aucun objectif n'a l'id « 1.b » dans la feuille « Objectives »"
                      + " (vouliez-vous dire « 1.a » ?)",
                  "Indicators!D2: attendu : l'un de « people | count | amount | milestone |"
                      + " text » ; trouvé : « persons »",
                  "Plan!B3: doit être un code de pays ISO 3166-1 alpha-2, par exemple LU"));
    }

    @Test
    void should_say_which_cell_points_to_a_text_the_workbook_does_not_have() throws IOException {
      // GIVEN Luxembourg's plan as a template whose plan sheet's cell B4 (the title) points past
      // the table of shared strings
      byte[] bytes = xlsx.template(new NapReader().readPlan(SAMPLE));
      byte[] broken =
          withPartChanged(
              bytes,
              "xl/worksheets/sheet1.xml",
              "(<c r=\"B4\"[^>]*t=\"s\"[^>]*><v>)\\d+(</v>)",
              "$1999$2");

      // WHEN
      NapFormatException refused =
          catchThrowableOfType(
              NapFormatException.class,
              () -> new XlsxPlans().read(new ByteArrayInputStream(broken), "plan.xlsx"));

      // THEN
      assertThat(refused).isNotNull();
      assertThat(refused.problems())
          .map(Problem::toString)
          .contains(
              "plan.xlsx: Plan!B4: the cell, in the sheet 'Plan', points to a text the workbook"
                  + " does not have (an invalid shared-string index): save the workbook again from"
                  + " a spreadsheet program");
    }

    @Test
    void should_refuse_a_workbook_that_unpacks_to_more_than_ten_times_the_largest_file()
        throws IOException {
      // GIVEN a zip of 1 MiB at most whose part unpacks to 11 MiB, read with a 1 MiB file limit
      var out = new java.io.ByteArrayOutputStream();
      try (var zip = new java.util.zip.ZipOutputStream(out)) {
        zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet9.xml"));
        byte[] zeros = new byte[1024 * 1024];
        for (int i = 0; i < 11; i++) {
          zip.write(zeros);
        }
        zip.closeEntry();
      }
      byte[] bomb = out.toByteArray();
      assertThat(bomb.length).isLessThan(1024 * 1024);
      var limits = org.napcheck.io.ReadLimits.defaults().withMaxFileSize(1024 * 1024);

      // WHEN
      NapFormatException refused =
          catchThrowableOfType(
              NapFormatException.class,
              () -> new XlsxPlans(limits).read(new ByteArrayInputStream(bomb), "bomb.xlsx"));

      // THEN
      assertThat(refused).isNotNull();
      assertThat(refused.problems())
          .map(Problem::toString)
          .containsExactly(
              "bomb.xlsx: the workbook unpacks to more than 10485760 bytes, 10 times the largest"
                  + " file read: refused, as a zip bomb would be");
    }

    /** The workbook with one part's XML changed: the first match of {@code regex} replaced. */
    private static byte[] withPartChanged(byte[] xlsx, String part, String regex, String by)
        throws IOException {
      var out = new java.io.ByteArrayOutputStream();
      try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
          var zip = new java.util.zip.ZipOutputStream(out)) {
        for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          byte[] data = in.readAllBytes();
          if (entry.getName().equals(part)) {
            String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).containsPattern(regex);
            data = xml.replaceFirst(regex, by).getBytes(java.nio.charset.StandardCharsets.UTF_8);
          }
          zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
          zip.write(data);
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    }

    @Test
    void should_say_which_sheet_the_template_lacks() {
      List<String> problems =
          new Workbooks()
              .planSheet()
              .sheet("Pillars", row("id", "title"), row("I", "Participation"))
              .problems();
      assertThat(problems)
          .hasSize(3)
          .allSatisfy(problem -> assertThat(problem).contains("no sheet named '"));
    }
  }

  @Nested
  class Published_tables {
    @Test
    void should_read_back_ids_texts_bodies_and_deadlines() throws IOException {
      // GIVEN
      Plan plan = new NapReader().readPlan(SAMPLE);

      // WHEN
      Plan read = Workbooks.read(xlsx.publishedTables(plan));

      // THEN: what the tables show; the rest (measures, themes...) is the template's
      assertThat(tables(read)).isEqualTo(tables(plan));
      assertThat(read.actors()).isEqualTo(plan.actors());
      assertThat(read.period()).isEqualTo(plan.period());
    }

    @Test
    void should_merge_an_objective_over_its_actions_like_the_published_tables() throws IOException {
      try (XSSFWorkbook workbook =
          Workbooks.open(xlsx.publishedTables(new NapReader().readPlan(SAMPLE)))) {
        Sheet pillar = workbook.getSheetAt(2);
        assertThat(pillar.getSheetName()).isEqualTo("I. Full, equal and meaningful p");
        assertThat(pillar.getRow(0).getCell(0).getStringCellValue())
            .isEqualTo("I. Full, equal and meaningful participation");
        assertThat(pillar.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A4:A5"));
      }
    }

    @Test
    void should_read_a_table_as_a_ministry_types_it() throws IOException {
      // GIVEN: a French header two rows down, bullets, an objective written once over two
      // actions, a continuation row, shorthand for bodies, an objective with no id
      Plan plan =
          new Workbooks()
              .planSheet()
              .sheet(
                  "Actors",
                  row("code", "name"),
                  row("MFA SG", "General Secretariat"),
                  row("MFA D1", "Political Affairs"),
                  row("MAINT/Police", "Police"))
              .sheet(
                  "Participation",
                  row("I. Full, equal and meaningful participation"),
                  row(),
                  row(
                      "Objectifs",
                      "Actions",
                      "Indicateurs",
                      "Ministères et administrations concernés"),
                  row(
                      "1.a. Equal representation.",
                      "• Monitor recruitment.",
                      "• Number and gender of recruits;\n• Campaigns launched",
                      "MFA SG, D1"),
                  row(null, null, "Annual report", "MAINT/ Police"),
                  row(null, "Train diplomats.", "Number of participants", "MFA D1"),
                  row("Increase women's participation in missions.", "Second women.", null, "All"))
              .read();

      // THEN
      Pillar pillar = plan.pillars().get(0);
      assertThat(pillar.id()).isEqualTo("I");
      assertThat(pillar.title()).isEqualTo("Full, equal and meaningful participation");
      assertThat(pillar.objectives()).extracting(Objective::id).containsExactly("1.a", "1.b");
      Objective first = pillar.objectives().get(0);
      assertThat(first.title()).isEqualTo("Equal representation.");
      assertThat(first.actions()).extracting(Action::id).containsExactly("1.a.1", "1.a.2");
      Action monitor = first.actions().get(0);
      assertThat(monitor.text()).isEqualTo("Monitor recruitment.");
      assertThat(monitor.responsible()).containsExactly("MFA SG", "MFA D1", "MAINT/Police");
      assertThat(monitor.indicators())
          .extracting(Indicator::id, Indicator::text)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("1.a.1-1", "Number and gender of recruits"),
              org.assertj.core.groups.Tuple.tuple("1.a.1-2", "Campaigns launched"),
              org.assertj.core.groups.Tuple.tuple("1.a.1-3", "Annual report"));
      assertThat(pillar.objectives().get(1).actions().get(0).responsible()).containsExactly("All");
    }

    @Test
    void should_name_the_cell_of_a_row_that_belongs_to_nothing() {
      List<String> problems =
          new Workbooks()
              .planSheet()
              .sheet(
                  "I. Participation",
                  row("Objectives", "Actions", "Indicators", "Relevant ministries"),
                  row(null, "Monitor recruitment.", "Number of recruits", "MFA"))
              .sheet("Notes", row("to do: ask the MFA"))
              .sheet("Lists", row("MFA", "MEGA"))
              .hide("Lists")
              .problems();
      assertThat(problems)
          .containsExactly(
              "I. Participation!A2: an action before any objective: write the objective in this"
                  + " column",
              "Notes!A1: no header row with the columns Objectives | Actions | Indicators |"
                  + " Relevant ministries in the first 20 rows; every sheet but Plan, Actors and"
                  + " hidden ones is a pillar");
    }
  }

  @Nested
  class Not_a_workbook {
    @Test
    void should_refuse_a_file_that_is_no_workbook() {
      NapFormatException thrown =
          catchThrowableOfType(
              NapFormatException.class,
              () ->
                  xlsx.read(
                      new ByteArrayInputStream("id,title\n".getBytes(StandardCharsets.UTF_8)),
                      "plan.xlsx"));
      assertThat(thrown.problems().get(0).toString())
          .isEqualTo("plan.xlsx: not an XLSX workbook (Excel 2007 or later)");
    }

    @Test
    void should_say_to_save_an_old_xls_as_xlsx() {
      byte[] ole2 = {
        (byte) 0xD0,
        (byte) 0xCF,
        0x11,
        (byte) 0xE0,
        (byte) 0xA1,
        (byte) 0xB1,
        0x1A,
        (byte) 0xE1,
        0,
        0,
        0,
        0
      };
      NapFormatException thrown =
          catchThrowableOfType(
              NapFormatException.class,
              () -> xlsx.read(new ByteArrayInputStream(ole2), "plan.xlsx"));
      assertThat(thrown.getMessage()).contains("save it as .xlsx");
    }

    @Test
    void should_refuse_a_workbook_over_the_size_limit(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("big.xlsx");
      Files.write(file, new byte[2048]);
      var small = new XlsxPlans(org.napcheck.io.ReadLimits.defaults().withMaxFileSize(1024));
      NapFormatException thrown =
          catchThrowableOfType(NapFormatException.class, () -> small.read(file));
      assertThat(thrown.getMessage()).contains("larger than the limit of 1024 bytes");
    }

    @Test
    void should_refuse_a_plan_sheet_that_is_missing() {
      assertThat(
              new Workbooks()
                  .sheet(
                      "I. Participation",
                      row("Objectives", "Actions", "Indicators"),
                      row("1.a. Parity", "Monitor.", "Count"))
                  .problems())
          .singleElement()
          .asString()
          .startsWith("no sheet named 'Plan'");
    }
  }

  /**
   * The fields of the plan format, as {@code action.lead}, that no object of {@code plan} gives:
   * none, for a plan that shows a layout holds every field.
   */
  private static Set<String> fieldsLeftOut(Plan plan) {
    var all = new TreeSet<String>();
    var given = new HashSet<String>();
    fieldsGiven(Shapes.PLAN, Shapes.PLAN.tree(plan), all, given);
    all.removeAll(given);
    return all;
  }

  private static void fieldsGiven(
      Shape<?> shape, JsonNode node, Set<String> all, Set<String> given) {
    for (Field<?, ?> field : shape.fields()) {
      String name = shape.what() + "." + field.name();
      all.add(name);
      JsonNode value = node.get(field.name());
      if (value != null) {
        given.add(name);
        Optional<? extends Shape<?>> nested = field.codec().objectShape();
        Iterable<JsonNode> objects = field.isList() ? value : List.of(value);
        for (JsonNode object : objects) {
          if (nested.isPresent() && object.isObject()) {
            fieldsGiven(nested.get(), object, all, given);
          }
        }
      }
    }
  }

  /** A plan reduced to what the published tables show. */
  private static List<String> tables(Plan plan) {
    return plan.pillars().stream()
        .flatMap(
            pillar ->
                pillar.objectives().stream()
                    .flatMap(
                        objective ->
                            objective.actions().stream()
                                .map(
                                    action ->
                                        String.join(
                                            " | ",
                                            pillar.id(),
                                            pillar.title(),
                                            objective.id(),
                                            objective.title(),
                                            action.id(),
                                            action.text(),
                                            String.valueOf(action.responsible()),
                                            String.valueOf(action.deadline()),
                                            action.indicators().stream()
                                                .map(i -> i.id() + " " + i.text())
                                                .toList()
                                                .toString()))))
        .toList();
  }
}
