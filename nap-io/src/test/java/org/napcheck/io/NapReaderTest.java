package org.napcheck.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.napcheck.io.TestData.PLAN_HEAD;
import static org.napcheck.io.TestData.data;
import static org.napcheck.io.TestData.problemsOf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.napcheck.model.Action;
import org.napcheck.model.ActionProgress;
import org.napcheck.model.ActionStatus;
import org.napcheck.model.Budget;
import org.napcheck.model.Deadline;
import org.napcheck.model.IndicatorValue;
import org.napcheck.model.Location;
import org.napcheck.model.Measure;
import org.napcheck.model.MonitoringReport;
import org.napcheck.model.Plan;
import org.napcheck.model.Theme;
import org.napcheck.model.Waiver;

class NapReaderTest {

  private final NapReader reader = new NapReader();

  @Nested
  class Plans {

    @Test
    void should_read_every_field_of_a_yaml_plan() throws IOException {
      // GIVEN a plan with two pillars that uses every field once
      Path file = data("plan.yaml");

      // WHEN
      Plan plan = reader.readPlan(file);

      // THEN
      assertThat(plan.id()).isEqualTo("TEST-WPS-1");
      assertThat(plan.period().start()).isEqualTo(2025);
      assertThat(plan.monitoring().reportDue()).isEqualTo(MonthDay.of(3, 31));
      assertThat(plan.monitoring().civilSociety()).isTrue();
      assertThat(plan.budget())
          .isEqualTo(new Budget(new BigDecimal("1500000"), "EUR", "over six years"));
      assertThat(plan.actors()).hasSize(3);
      assertThat(plan.actors().get(1).parent()).isEqualTo("MFA");
      assertThat(plan.pillars()).extracting("id").containsExactly("I", "II");
      assertThat(plan.pillars().get(1).themes())
          .containsExactly(Theme.PROTECTION, Theme.RELIEF_RECOVERY);
      Action monitor = plan.actions().findFirst().orElseThrow();
      assertThat(monitor.responsible()).containsExactly("MFA D7", "MAINT/Police");
      assertThat(monitor.deadline()).isEqualTo(Deadline.ofYear(2029));
      assertThat(monitor.indicators().get(0).measure()).isEqualTo(Measure.PEOPLE);
      assertThat(monitor.indicators().get(0).disaggregation()).containsExactly("sex");
      assertThat(monitor.indicators().get(0).parity()).isTrue();
      assertThat(monitor.indicators().get(0).baseline()).isEqualTo("12");
      assertThat(monitor.indicators().get(0).target()).isEqualTo("50%");
    }

    @Test
    void should_say_what_a_workbook_needs_when_no_module_reads_workbooks(@TempDir Path dir)
        throws IOException {
      // GIVEN a workbook (nap-io's tests run without nap-xlsx)
      Path workbook = Files.write(dir.resolve("plan.XLSX"), new byte[] {'P', 'K', 3, 4});

      // WHEN
      var refused = catchThrowableOfType(NapFormatException.class, () -> reader.readPlan(workbook));
      var fromStream =
          catchThrowableOfType(
              NapFormatException.class,
              () -> reader.readPlan(new ByteArrayInputStream(new byte[4]), "upload.xlsx"));

      // THEN not read as YAML: told what to add
      assertThat(refused.problems())
          .extracting(Problem::toString)
          .containsExactly(
              workbook
                  + ": a workbook: reading plans in spreadsheets needs the module nap-xlsx"
                  + " (org.napcheck:nap-xlsx) beside nap-io");
      assertThat(fromStream.problems()).extracting(Problem::file).containsExactly("upload.xlsx");
    }

    @Test
    void should_read_the_same_plan_from_json_as_from_yaml() throws IOException {
      // WHEN
      Plan fromJson = reader.readPlan(data("plan.json"));

      // THEN
      assertThat(fromJson).isEqualTo(reader.readPlan(data("plan.yaml")));
    }

    @Test
    void should_read_a_plan_from_a_string_and_from_a_stream() throws IOException {
      // GIVEN
      String yaml = Files.readString(data("plan.yaml"));
      Plan expected = reader.readPlan(data("plan.yaml"));

      // WHEN
      Plan fromString = reader.readPlan(yaml, "draft.yaml");
      Plan fromStream =
          reader.readPlan(
              new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "<stdin>");

      // THEN
      assertThat(fromString).isEqualTo(expected);
      assertThat(fromStream).isEqualTo(expected);
    }

    @Test
    void should_load_a_draft_full_of_gaps() throws IOException {
      // WHEN
      Plan draft = reader.readPlan(data("draft.yaml"));

      // THEN
      assertThat(draft.actors()).isEmpty();
      assertThat(draft.budget()).isNull();
      assertThat(draft.monitoring()).isNull();
      assertThat(draft.pillars()).hasSize(3);
      assertThat(draft.pillars().get(0).objectives().get(0).actions()).isEmpty();
      assertThat(draft.pillars().get(2).objectives()).isEmpty();
      Action action = draft.actions().findFirst().orElseThrow();
      assertThat(action.deadline()).isNull();
      assertThat(action.continuous()).isNull();
      assertThat(action.indicators()).isEmpty();
    }

    @Test
    void should_read_a_plan_a_ministry_writes_with_a_byte_order_mark() throws IOException {
      // GIVEN
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      byte[] yaml = Files.readAllBytes(data("plan.yaml"));
      byte[] withBom = new byte[bom.length + yaml.length];
      System.arraycopy(bom, 0, withBom, 0, bom.length);
      System.arraycopy(yaml, 0, withBom, bom.length, yaml.length);

      // WHEN
      Plan plan = reader.readPlan(new ByteArrayInputStream(withBom), "plan.yaml");

      // THEN
      assertThat(plan).isEqualTo(reader.readPlan(data("plan.yaml")));
    }

    @Test
    void should_be_usable_by_many_threads_at_once() throws Exception {
      // GIVEN one reader shared by eight threads
      ExecutorService threads = Executors.newFixedThreadPool(8);
      Callable<Plan> read = () -> reader.readPlan(data("plan.yaml"));
      try {
        var futures = new ArrayList<Future<Plan>>();
        for (int i = 0; i < 40; i++) {
          futures.add(threads.submit(read));
        }

        // WHEN / THEN every read gives the same plan
        Plan expected = reader.readPlan(data("plan.yaml"));
        for (Future<Plan> future : futures) {
          assertThat(future.get()).isEqualTo(expected);
        }
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Nested
  class WireFormats {

    private Plan planWith(String yaml) throws NapFormatException {
      return reader.readPlan(PLAN_HEAD + yaml, "plan.yaml");
    }

    private Action actionWith(String field) throws NapFormatException {
      return planWith(
              """
                pillars:
                  - id: I
                    title: T
                    objectives:
                      - id: 1.a
                        title: T
                        actions:
                          - id: 1.a.1
                            text: T
              """
                  + "              "
                  + field
                  + "\n")
          .actions()
          .findFirst()
          .orElseThrow();
    }

    @Test
    void should_read_a_deadline_year_as_due_by_the_end_of_that_year() throws NapFormatException {
      // WHEN
      Deadline deadline = actionWith("deadline: 2029").deadline();

      // THEN
      assertThat(deadline.wholeYear()).isTrue();
      assertThat(deadline.date()).isEqualTo(LocalDate.of(2029, 12, 31));
    }

    @Test
    void should_read_a_deadline_date_as_due_on_that_day() throws NapFormatException {
      // WHEN
      Deadline deadline = actionWith("deadline: 2029-06-30").deadline();

      // THEN
      assertThat(deadline).isEqualTo(Deadline.ofDate(LocalDate.of(2029, 6, 30)));
    }

    @Test
    void should_read_the_report_due_day_written_month_dash_day() throws NapFormatException {
      // WHEN
      Plan plan = planWith("  monitoring: { reportDue: 03-31 }\n");

      // THEN
      assertThat(plan.monitoring().reportDue()).isEqualTo(MonthDay.of(3, 31));
      assertThat(plan.monitoring().frequency()).isNull();
    }

    @Test
    void should_read_a_budget_given_as_a_text() throws NapFormatException {
      // WHEN
      Plan plan = planWith("  budget: Funded from the ministries' own budgets\n");

      // THEN
      assertThat(plan.budget()).isEqualTo(Budget.ofText("Funded from the ministries' own budgets"));
    }

    @Test
    void should_read_a_budget_given_as_an_amount_and_a_currency() throws NapFormatException {
      // WHEN
      Plan plan = planWith("  budget: { amount: 2500000.50, currency: EUR }\n");

      // THEN
      assertThat(plan.budget()).isEqualTo(new Budget(new BigDecimal("2500000.50"), "EUR", null));
    }

    @Test
    void should_read_a_null_budget_as_no_budget_stated() throws NapFormatException {
      assertThat(planWith("  budget: null\n").budget()).isNull();
    }

    @Test
    void should_read_left_out_lists_as_empty() throws NapFormatException {
      // WHEN
      Plan plan = planWith("");

      // THEN
      assertThat(plan.actors()).isEmpty();
      assertThat(plan.pillars()).isEmpty();
    }

    @Test
    void should_read_numbers_written_as_ids_as_written() throws NapFormatException {
      // GIVEN ids a YAML author did not quote
      String yaml =
          """
            pillars:
              - id: 1
                title: 2030
                objectives:
                  - id: 1.10
                    title: T
          """;

      // WHEN
      Plan plan = planWith(yaml);

      // THEN
      assertThat(plan.pillars().get(0).id()).isEqualTo("1");
      assertThat(plan.pillars().get(0).title()).isEqualTo("2030");
      assertThat(plan.objectives().findFirst().orElseThrow().id()).isEqualTo("1.10");
    }

    @Test
    void should_read_norway_as_a_country_not_as_false() throws NapFormatException {
      // WHEN
      Plan plan = reader.readPlan(PLAN_HEAD.replace("country: LU", "country: NO"), "plan.yaml");

      // THEN
      assertThat(plan.country()).isEqualTo("NO");
    }

    @Test
    void should_expand_yaml_aliases_of_lists_and_objects() throws NapFormatException {
      // GIVEN a responsible list written once and used twice
      String yaml =
          """
            pillars:
              - id: I
                title: T
                objectives:
                  - id: 1.a
                    title: T
                    actions:
                      - { id: 1.a.1, text: T, responsible: &both [MFA D7, MAINT/Police] }
                      - { id: 1.a.2, text: T, responsible: *both }
          """;

      // WHEN
      Plan plan = planWith(yaml);

      // THEN
      assertThat(plan.actions())
          .extracting(Action::responsible)
          .containsExactly(List.of("MFA D7", "MAINT/Police"), List.of("MFA D7", "MAINT/Police"));
    }
  }

  @Nested
  class Reports {

    @Test
    void should_read_a_monitoring_report() throws IOException {
      // WHEN
      MonitoringReport report = reader.readMonitoringReport(data("report.yaml"));

      // THEN
      assertThat(report.plan()).isEqualTo("TEST-WPS-1");
      assertThat(report.year()).isEqualTo(2026);
      assertThat(report.reporter()).isEqualTo("MAINT/Police");
      assertThat(report.submitted()).isEqualTo(LocalDate.of(2027, 2, 10));
      assertThat(report.actions())
          .containsExactly(
              new ActionProgress("2.a.1", ActionStatus.IN_PROGRESS, "needs analysis done"),
              new ActionProgress("1.a.1", ActionStatus.NOT_STARTED, null));
      assertThat(report.values())
          .extracting(IndicatorValue::indicator)
          .containsExactly("2.a.1-1", "1.a.1-1", "1.a.2-1");
      assertThat(report.values().get(2).text()).isEqualTo("Campaign \"Girls' Day\" held");
    }

    @Test
    void should_keep_the_breakdown_in_file_order() throws IOException {
      // WHEN
      IndicatorValue value = reader.readMonitoringReport(data("report.yaml")).values().get(0);

      // THEN
      assertThat(value.breakdown().keySet()).containsExactly("sex", "age");
      assertThat(value.breakdown().get("sex"))
          .containsExactly(
              Map.entry("female", new BigDecimal("52")), Map.entry("male", new BigDecimal("88")));
      assertThat(value.breakdown().get("age").keySet()).containsExactly("15-24", "25+");
    }

    @Test
    void should_tell_a_reported_zero_from_a_category_not_reported() throws IOException {
      // GIVEN female reported as 0, male given as null (not reported)
      String yaml =
          """
          napcheck: 1
          report:
            plan: P
            year: 2026
            reporter: MFA
            values:
              - { indicator: 1.a.1-1, value: 3, breakdown: { sex: { female: 0, male: null } } }
          """;

      // WHEN
      MonitoringReport report =
          reader.readMonitoringReport(
              new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "r.yaml");

      // THEN
      assertThat(report.values().get(0).breakdown().get("sex"))
          .containsExactly(Map.entry("female", BigDecimal.ZERO));
    }
  }

  @Nested
  class ValuesCsv {

    @Test
    void should_group_rows_into_one_report_per_plan_year_and_reporter_in_file_order()
        throws IOException {
      // WHEN
      List<MonitoringReport> reports = reader.readValuesCsv(data("values.csv"));

      // THEN
      assertThat(reports)
          .extracting(MonitoringReport::year, MonitoringReport::reporter)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2026, "MAINT/Police"),
              org.assertj.core.groups.Tuple.tuple(2026, "MFA D7"),
              org.assertj.core.groups.Tuple.tuple(2027, "MAINT/Police"));
      assertThat(reports.get(0).values())
          .extracting(IndicatorValue::indicator)
          .containsExactly("2.a.1-1", "1.a.1-1");
      assertThat(reports).allSatisfy(report -> assertThat(report.submitted()).isNull());
      assertThat(reports).allSatisfy(report -> assertThat(report.actions()).isEmpty());
    }

    @Test
    void should_leave_blank_cells_out_and_keep_zeros() throws IOException {
      // WHEN
      List<MonitoringReport> reports = reader.readValuesCsv(data("values.csv"));

      // THEN a row with blank sex cells has no breakdown at all
      IndicatorValue notBrokenDown = reports.get(0).values().get(1);
      assertThat(notBrokenDown.value()).isEqualByComparingTo("30");
      assertThat(notBrokenDown.breakdown()).isEmpty();
      // AND a 0 is a reported zero
      assertThat(reports.get(1).values().get(0).breakdown().get("sex"))
          .containsExactly(
              Map.entry("female", BigDecimal.ZERO), Map.entry("male", new BigDecimal("12")));
      assertThat(reports.get(2).values().get(0).breakdown().get("sex"))
          .containsOnlyKeys("female", "male", "other", "unknown");
    }

    @Test
    void should_read_a_csv_with_a_byte_order_mark_and_without_the_optional_columns(
        @TempDir Path folder) throws IOException {
      // GIVEN a spreadsheet export: BOM, CRLF, no sex columns
      Path csv = folder.resolve("values.csv");
      Files.writeString(
          csv, "\uFEFFplan,year,reporter,indicator,value\r\nP,2026,MFA,1.a.1-1,4\r\n");

      // WHEN
      List<MonitoringReport> reports = reader.readValuesCsv(csv);

      // THEN
      assertThat(reports)
          .singleElement()
          .satisfies(
              report -> {
                assertThat(report.plan()).isEqualTo("P");
                assertThat(report.values())
                    .containsExactly(IndicatorValue.of("1.a.1-1", new BigDecimal("4")));
              });
    }

    @Test
    void should_read_a_header_alone_as_no_reports(@TempDir Path folder) throws IOException {
      // GIVEN
      Path csv = folder.resolve("values.csv");
      Files.writeString(csv, "plan,year,reporter,indicator,value,female,male,other,unknown\n");

      // WHEN / THEN
      assertThat(reader.readValuesCsv(csv)).isEmpty();
    }

    @Test
    void should_refuse_a_header_with_an_unknown_or_a_missing_column(@TempDir Path folder)
        throws IOException {
      // GIVEN
      Path csv = folder.resolve("values.csv");
      Files.writeString(csv, "plan,year,reporter,indicator,femal\nP,2026,MFA,1.a.1-1,4\n");

      // WHEN / THEN
      assertThat(problemsOf(() -> reader.readValuesCsv(csv)))
          .containsExactly(
              "1:1: missing column 'value'; the header names plan,year,reporter,indicator,value"
                  + " and may add female,male,other,unknown",
              "1:30: femal: unknown column 'femal' (did you mean 'female'?); the columns are:"
                  + " plan,year,reporter,indicator,value,female,male,other,unknown");
    }
  }

  @Nested
  class Monitoring {

    @Test
    void should_read_every_data_file_of_a_folder_by_name_and_nothing_else(@TempDir Path folder)
        throws IOException {
      // GIVEN a folder with a report, a CSV, a note, a hidden file and a sub-folder
      Files.copy(data("values.csv"), folder.resolve("b-values.csv"));
      Files.copy(data("report.yaml"), folder.resolve("a-police.yaml"));
      Files.writeString(folder.resolve("notes.txt"), "not data");
      Files.writeString(folder.resolve(".a-police.yaml.swp"), "editor state");
      Files.createDirectory(folder.resolve("old"));
      Files.copy(data("report.yaml"), folder.resolve("old").resolve("report.yaml"));

      // WHEN
      List<MonitoringReport> reports = reader.readMonitoring(folder);

      // THEN the report first (a-...), then the three CSV groups (b-...)
      assertThat(reports).hasSize(4);
      assertThat(reports.get(0)).isEqualTo(reader.readMonitoringReport(data("report.yaml")));
      assertThat(reports.subList(1, 4)).isEqualTo(reader.readValuesCsv(data("values.csv")));
    }

    @Test
    void should_read_a_single_monitoring_file() throws IOException {
      assertThat(reader.readMonitoring(data("report.yaml")))
          .containsExactly(reader.readMonitoringReport(data("report.yaml")));
      assertThat(reader.readMonitoring(data("values.csv"))).hasSize(3);
    }

    @Test
    void should_list_the_problems_of_every_bad_file_of_a_folder(@TempDir Path folder)
        throws IOException {
      // GIVEN two bad files and a good one
      Files.copy(data("bad/bad-date.yaml"), folder.resolve("a.yaml"));
      Files.copy(data("report.yaml"), folder.resolve("b.yaml"));
      Files.copy(data("bad/values.csv"), folder.resolve("c.csv"));

      // WHEN
      NapFormatException thrown =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              NapFormatException.class, () -> reader.readMonitoring(folder));

      // THEN
      assertThat(thrown.problems())
          .extracting(problem -> Path.of(problem.file()).getFileName().toString())
          .containsExactly("a.yaml", "a.yaml", "c.csv", "c.csv", "c.csv");
    }
  }

  @Nested
  class Waivers {

    @Test
    void should_read_waivers_with_partial_locations() throws IOException {
      // WHEN
      List<Waiver> waivers = reader.readWaivers(data("waivers.yaml"));

      // THEN
      assertThat(waivers)
          .containsExactly(
              new Waiver(
                  "NAP-M001",
                  new Location(null, null, null, "3.b.3", null, null, null, null),
                  "Training postponed to 2030 by the steering committee.",
                  "MFA D7",
                  LocalDate.of(2027, 6, 30)),
              new Waiver(
                  "NAP-G001",
                  Location.ofPlan("TEST-WPS-1"),
                  "The budget is voted each year, not in the plan.",
                  null,
                  null));
    }

    @Test
    void should_refuse_a_waiver_without_a_reason(@TempDir Path folder) throws IOException {
      // GIVEN
      Path file = folder.resolve("waivers.yaml");
      Files.writeString(
          file,
          """
          napcheck: 1
          waivers:
            - { rule: NAP-M001, location: { action: 3.b.3 }, reason: " " }
          """);

      // WHEN / THEN
      assertThat(problemsOf(() -> reader.readWaivers(file)))
          .containsExactly("3:60: waivers[0].reason: must not be blank");
    }
  }
}
