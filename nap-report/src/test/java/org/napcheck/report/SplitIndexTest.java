package org.napcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.napcheck.model.ActorSplit;

/** The index of a split, in each format: a row per body with its counts and its file. */
class SplitIndexTest {
  private final ActorSplit split = SampleReports.report().splitByActor(SampleReports.plan());
  private final List<String> files = List.of("MFA.html", "MAINT_Police.html");

  @Test
  void should_give_each_body_its_counts_in_json() throws IOException {
    String json =
        ReportFormat.SARIF.renderIndex(SampleReports.context(Locale.ENGLISH), split, files);

    JsonNode index = new ObjectMapper().readTree(json);
    assertThat(ReportFormat.SARIF.indexExtension()).isEqualTo("json");
    assertThat(index.get("bodies").findValuesAsText("code")).containsExactly("MFA", "MAINT/Police");
    JsonNode police = index.get("bodies").get(1);
    assertThat(police.get("summary").get("error").asInt()).isEqualTo(1);
    assertThat(police.get("summary").get("warning").asInt()).isEqualTo(2);
    assertThat(police.get("report").asText()).isEqualTo("MAINT_Police.html");
    // The coordinator gets the plan's findings: its budget finding is waived, so not counted.
    assertThat(index.get("bodies").get(0).get("summary").get("warning").asInt()).isZero();
  }

  @Test
  void should_link_each_body_s_report_from_a_page_that_loads_nothing() {
    Document page =
        Jsoup.parse(
            ReportFormat.HTML.renderIndex(SampleReports.context(Locale.FRENCH), split, files));

    assertThat(page.select("h1").text())
        .isEqualTo("Rapports par organe responsable\u202F: TEST-WPS-1");
    assertThat(page.select("#bodies a").eachAttr("href")).containsExactlyElementsOf(files);
    assertThat(page.select("script, [src], link")).isEmpty();
  }

  @Test
  void should_write_csv_text_and_markdown_indexes() {
    var context = SampleReports.context(Locale.ENGLISH);
    assertThat(ReportFormat.CSV.renderIndex(context, split, files))
        .startsWith("\uFEFFbody,name,parent,listed,errors,warnings,info,report\r\n")
        .contains("MAINT/Police,Police,,true,1,2,0,MAINT_Police.html\r\n");
    assertThat(ReportFormat.TEXT.renderIndex(context, split, files))
        .contains("MAINT/Police       1         2            0  MAINT_Police.html");
    assertThat(ReportFormat.MARKDOWN.renderIndex(context, split, files))
        .contains("| MAINT/Police | Police | 1 | 2 | 0 | <MAINT_Police.html> |");
  }
}
