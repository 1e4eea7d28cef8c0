package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;

/**
 * The dashboard as people read it (issue 17), in a real headless Chromium: what needs doing, and by
 * whom, on the first screen; text of 12 px at least; no sideways scrolling on a phone; printed on
 * A4 with nothing cut; every filter and finding reachable by keyboard; and no serious or critical
 * accessibility violation by axe-core (from npm: .ci/run installs it in .browser-tools), in English
 * and French, for Luxembourg with and without monitoring data and for an empty plan. Screenshots at
 * 1280×800 and 375×800 are kept in {@code nap-cli/target/screenshots/}.
 */
class DashboardIT {
  private static final Path FOLDER = Path.of("target", "dashboards").toAbsolutePath();
  private static final List<String> REPORTS =
      List.of("en-monitoring", "en-plan", "fr-monitoring", "fr-plan", "empty");
  private static ChromeDriver browser;

  @BeforeAll
  static void open() throws Exception {
    Chromium.assumeInstalled();
    Files.createDirectories(FOLDER);
    Files.createDirectories(Path.of("target", "screenshots"));
    for (String language : List.of("en", "fr")) {
      write(language + "-monitoring", language, "2027-04-01", true);
      write(language + "-plan", language, "2030-01-01", false);
    }
    Path empty = FOLDER.resolve("empty.yaml");
    Files.writeString(
        empty,
        """
        napcheck: 1
        plan:
          id: EMPTY-1
          country: LU
          title: An empty draft
          period: { start: 2025, end: 2030 }
          actors:
            - { code: MFA, name: Ministry of Foreign Affairs }
          pillars: []
        """);
    Jar.Run run =
        InProcess.run(
            "check",
            empty.toString(),
            "--as-of",
            "2026-01-01",
            "--format",
            "html",
            "--output",
            FOLDER.resolve("empty.html").toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    browser = Chromium.start(1280, 800);
  }

  private static void write(String name, String language, String asOf, boolean monitoring)
      throws Exception {
    var args = new ArrayList<>(List.of("check", Jar.LUXEMBOURG.resolve("plan.yaml").toString()));
    if (monitoring) {
      args.addAll(List.of("--monitoring", Jar.LUXEMBOURG.resolve("monitoring").toString()));
    }
    args.addAll(
        List.of(
            "--as-of",
            asOf,
            "--lang",
            language,
            "--format",
            "html",
            "--output",
            FOLDER.resolve(name + ".html").toString()));
    Jar.Run run = InProcess.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void show(String report, int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
    browser.get(FOLDER.resolve(report + ".html").toUri().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-monitoring", "en-plan", "fr-monitoring", "fr-plan", "empty"})
  void should_have_no_serious_or_critical_accessibility_violation(String report) throws Exception {
    show(report, 1280, 800);

    assertThat(Chromium.seriousViolations(browser)).as(report).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-monitoring", "fr-plan", "empty"})
  void should_write_every_text_at_12_px_at_least(String report) {
    show(report, 1280, 800);

    @SuppressWarnings("unchecked")
    List<String> small =
        (List<String>)
            browser.executeScript(
                """
                var small = [];
                document.querySelectorAll('body *').forEach(function (element) {
                  var own = Array.prototype.some.call(element.childNodes, function (node) {
                    return node.nodeType === 3 && node.textContent.trim() !== '';
                  });
                  var style = getComputedStyle(element);
                  if (own && style.display !== 'none' && element.getClientRects().length > 0
                      && parseFloat(style.fontSize) < 12) {
                    small.push(element.tagName + ' ' + style.fontSize + ' ' + element.textContent.slice(0, 40));
                  }
                });
                return small;
                """);

    assertThat(small).isEmpty();
    assertThat(browser.findElements(By.tagName("svg"))).as("no chart drawn at a scale").isEmpty();
  }

  @Test
  void should_not_scroll_sideways_on_a_phone() throws Exception {
    for (String report : REPORTS) {
      show(report, 375, 800);

      Object overflow =
          browser.executeScript(
              "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");

      assertThat(((Number) overflow).intValue()).as(report + ": " + wide()).isLessThanOrEqualTo(0);
      if (report.equals("en-monitoring")) {
        keep("dashboard-375x800.png");
      }
    }
  }

  @Test
  void should_show_who_must_act_on_the_first_screen() throws Exception {
    show("en-monitoring", 1280, 800);

    // the counts, then the bodies with the most errors first, within the first 800 pixels
    WebElement byBody = browser.findElement(By.id("by-body"));
    assertThat(browser.findElement(By.id("summary")).getRect().getY()).isLessThan(800);
    assertThat(byBody.getRect().getY()).isLessThan(500);
    List<WebElement> rows = byBody.findElements(By.cssSelector("tbody tr"));
    assertThat(rows.get(0).getRect().getY() + rows.get(0).getRect().getHeight()).isLessThan(800);
    assertThat(rows.get(0).findElement(By.cssSelector("td.error")).getText()).isNotEqualTo("0");
    keep("dashboard-1280x800.png");

    // a body is a link to its findings
    WebElement link = rows.get(0).findElement(By.cssSelector("a[data-body]"));
    String body = link.getDomAttribute("data-body");
    link.click();
    List<WebElement> shown =
        browser.findElements(By.cssSelector("#finding-list > li.finding")).stream()
            .filter(WebElement::isDisplayed)
            .toList();
    assertThat(shown)
        .isNotEmpty()
        .allSatisfy(
            item ->
                assertThat(List.of(item.getDomAttribute("data-bodies").split("\t")))
                    .contains(body));
    assertThat(shown.size())
        .isLessThan(browser.findElements(By.cssSelector("#finding-list > li.finding")).size());
  }

  @Test
  void should_reach_every_filter_and_finding_by_keyboard() {
    show("en-monitoring", 1280, 800);
    int findings = browser.findElements(By.cssSelector("#finding-list > li.finding")).size();
    int controls = browser.findElements(By.cssSelector("#filters input, #filters select")).size();

    // WHEN: Tab, from the top of the page, through everything
    Set<String> reached = new HashSet<>();
    int summaries = 0;
    var keys = new Actions(browser);
    for (int i = 0; i < 2000; i++) {
      keys.sendKeys(Keys.TAB).perform();
      Object focused =
          browser.executeScript(
              "var e = document.activeElement;"
                  + "if (e.closest('#filters')) { return 'filter:' + (e.id || e.value); }"
                  + "if (e.tagName === 'SUMMARY' && e.closest('#finding-list')) {"
                  + "  return 'finding:' + Array.prototype.indexOf.call("
                  + "    document.querySelectorAll('#finding-list > li'), e.closest('li')); }"
                  + "return e.tagName === 'BODY' ? 'end' : 'other';");
      if ("end".equals(focused) && i > 0) {
        break;
      }
      if (reached.add(String.valueOf(focused)) && String.valueOf(focused).startsWith("finding:")) {
        summaries++;
      }
    }

    // THEN
    assertThat(reached.stream().filter(key -> key.startsWith("filter:")).count())
        .isEqualTo(controls);
    assertThat(summaries).isEqualTo(findings);
  }

  @Test
  void should_print_on_a4_with_the_filters_hidden_and_nothing_cut() throws Exception {
    show("en-monitoring", 1280, 800);

    // WHEN printed to PDF on A4
    var options = new PrintOptions();
    options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
    options.setOrientation(PrintOptions.Orientation.PORTRAIT);
    options.setBackground(true);
    byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
    Path file = Path.of("target", "screenshots", "dashboard-a4.pdf");
    Files.write(file, pdf);

    // THEN a PDF of several pages
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF");
    assertThat(text.split("/Type\\s*/Page[^s]", -1).length - 1).isGreaterThan(1);

    // and, laid out for print at the width of an A4 page's text (186 mm), no filter and nothing
    // wider than the page
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    browser.manage().window().setSize(new Dimension(703, 1000));
    try {
      assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
      @SuppressWarnings("unchecked")
      List<String> cut =
          (List<String>)
              browser.executeScript(
                  """
                  var width = document.documentElement.clientWidth;
                  var cut = [];
                  document.querySelectorAll('main *').forEach(function (e) {
                    var box = e.getBoundingClientRect();
                    if (box.width > 0 && box.right > width + 1 && cut.length < 8) {
                      cut.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(box.right));
                    }
                  });
                  return cut;
                  """);
      assertThat(cut).isEmpty();
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** The elements that reach past the right edge of the window, for a failure's message. */
  private static Object wide() {
    return browser.executeScript(
        """
        var width = document.documentElement.clientWidth;
        var wide = [];
        document.querySelectorAll('body *').forEach(function (e) {
          var box = e.getBoundingClientRect();
          if (box.right > width + 1 && wide.length < 8 && !e.closest('.table-wrap')) {
            wide.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(box.right));
          }
        });
        return wide;
        """);
  }

  private static void keep(String name) throws Exception {
    Path screenshot = Path.of("target", "screenshots", name);
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        screenshot,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(screenshot).isNotEmptyFile();
  }
}
