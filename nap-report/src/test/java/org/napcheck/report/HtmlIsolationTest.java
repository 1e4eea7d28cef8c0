package org.napcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The HTML report is read on closed networks and may be opened from a mail: it must load nothing,
 * send nothing and link nowhere outside itself, whatever the plan's texts say (and they say {@code
 * http://evil}, see {@link SampleReports}).
 */
class HtmlIsolationTest {
  private final String html = ReportFormat.HTML.render(SampleReports.context(Locale.ENGLISH));
  private final Document page = Jsoup.parse(html);

  @Test
  void should_point_no_attribute_outside_the_page() {
    // WHEN: every attribute of every element, but the namespace of SVG, which is a name
    var outside = new ArrayList<String>();
    for (Element element : page.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
        boolean reference =
            value.contains("://")
                || value.startsWith("//")
                || value.startsWith("javascript:")
                || value.startsWith("data:text/html");
        if (reference && !attribute.getKey().equals("xmlns")) {
          outside.add(element.tagName() + "[" + attribute.getKey() + "=" + value + "]");
        }
      }
    }

    // THEN
    assertThat(outside).isEmpty();
    assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
    assertThat(page.select("base, meta[http-equiv=refresh], form[action], [formaction]")).isEmpty();
  }

  @Test
  void should_fetch_nothing_from_its_styles_or_its_script() {
    String styles =
        page.select("style").html() + String.join(" ", page.select("[style]").eachAttr("style"));
    String script = page.select("script").html();

    assertThat(styles).doesNotContain("@import").doesNotContainPattern("url\\((?!#|data:)");
    assertThat(script)
        .doesNotContain(
            "fetch(",
            "XMLHttpRequest",
            "WebSocket",
            "EventSource",
            "sendBeacon",
            "import(",
            "importScripts",
            "window.open",
            "location.href");
  }

  @Test
  void should_let_the_browser_load_nothing_from_anywhere() {
    // GIVEN the policy, directive by directive
    String policy = page.select("meta[http-equiv=Content-Security-Policy]").attr("content");
    List<String> directives = List.of(policy.split(";\\s*"));

    // THEN every source is none, the page itself or data: images; never a host or a scheme
    assertThat(directives).first().isEqualTo("default-src 'none'");
    for (String directive : directives) {
      List<String> sources =
          List.of(directive.split("\\s+")).subList(1, directive.split("\\s+").length);
      assertThat(sources).as(directive).isSubsetOf("'none'", "'unsafe-inline'", "data:");
    }
    // form-action and base-uri do not fall back to default-src: they say 'none' themselves.
    assertThat(directives).contains("base-uri 'none'", "form-action 'none'");
  }
}
