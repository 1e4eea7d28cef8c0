package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The HTML report in a real headless Chromium (Debian's chromium and chromium-driver): it loads
 * with no console error, its charts render, filtering works, and a screenshot is kept in {@code
 * nap-cli/target/screenshots/} for people to look at. Skipped where no Chromium is installed,
 * except on CI (CI=true), where it must run.
 */
class HtmlReportBrowserIT {
  private static ChromeDriver browser;
  private static Path report;

  @BeforeAll
  static void open() throws Exception {
    Chromium.assumeInstalled();

    Path dir = Files.createDirectories(Path.of("target", "screenshots")).toAbsolutePath();
    report = dir.resolve("lu-wps-2.html");
    Jar.Run run =
        InProcess.run(
            "check",
            Jar.LUXEMBOURG.resolve("plan.yaml").toString(),
            "--monitoring",
            Jar.LUXEMBOURG.resolve("monitoring").toString(),
            "--as-of",
            "2027-04-01",
            "--format",
            "html",
            "--output",
            report.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);

    browser = Chromium.start(1280, 2400);
    browser.get(report.toUri().toString());
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void should_load_without_console_errors() {
    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
            .toList();
    assertThat(errors).isEmpty();
    assertThat(browser.getTitle()).contains("LU-WPS-2").contains("2027-04-01");
  }

  @Test
  void should_render_the_charts() {
    List<WebElement> bars = browser.findElements(By.cssSelector("#by-pillar .bar span"));
    assertThat(bars).isNotEmpty();
    assertThat(bars).allSatisfy(bar -> assertThat(bar.getRect().getWidth()).isPositive());
    assertThat(browser.findElements(By.cssSelector("#actions-by-pillar .bar span"))).isNotEmpty();
    // Luxembourg's actions are due on two dates: the timeline shows both
    assertThat(browser.findElements(By.cssSelector("#timeline tbody tr"))).hasSize(2);
    assertThat(browser.findElements(By.cssSelector("#reporting td.missing"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#reporting td.reported"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("#sex-data .filled")).getRect().getWidth())
        .isPositive();
  }

  @Test
  void should_open_with_what_needs_doing() {
    // Counts by rule, most serious first; by body, most errors first; then groups by rule.
    List<WebElement> rules = browser.findElements(By.cssSelector("#by-rule tbody tr"));
    assertThat(rules).isNotEmpty();
    assertThat(rules.get(0).getDomAttribute("class")).isEqualTo("error");
    assertThat(rules.get(rules.size() - 1).getDomAttribute("class")).isEqualTo("info");
    assertThat(browser.findElement(By.id("by-rule")).isDisplayed()).isTrue();
    List<WebElement> bodies = browser.findElements(By.cssSelector("#by-body tbody tr"));
    assertThat(bodies).hasSize(10);
    assertThat(bodies.get(0).findElement(By.cssSelector("td.error")).getText()).isNotEqualTo("0");
    List<WebElement> groups = browser.findElements(By.cssSelector("#rule-groups details.group"));
    assertThat(groups).hasSameSizeAs(rules);
    WebElement first = groups.get(0);
    assertThat(first.findElement(By.tagName("ul")).isDisplayed()).isFalse();
    first.findElement(By.tagName("summary")).click();
    assertThat(first.findElement(By.tagName("ul")).isDisplayed()).isTrue();
    assertThat(first.findElements(By.tagName("li"))).isNotEmpty();
    // Above the charts and the full list.
    int groupsBottom = browser.findElement(By.id("rule-groups")).getRect().getY();
    assertThat(browser.findElement(By.id("by-pillar")).getRect().getY())
        .isGreaterThan(groupsBottom);
    assertThat(browser.findElement(By.id("findings")).getRect().getY()).isGreaterThan(groupsBottom);
  }

  @Test
  void should_filter_findings_by_severity_rule_and_words() throws Exception {
    int all = visibleFindings().size();
    assertThat(all).isGreaterThan(10);

    // Severity: hide information
    WebElement info = browser.findElement(By.cssSelector("input[name=severity][value=info]"));
    info.click();
    List<WebElement> noInfo = visibleFindings();
    assertThat(noInfo).isNotEmpty().hasSizeLessThan(all);
    assertThat(noInfo)
        .allSatisfy(item -> assertThat(item.getDomAttribute("data-severity")).isNotEqualTo("info"));
    info.click();

    // Rule
    choose("rule-filter", "NAP-M010");
    assertThat(visibleFindings())
        .isNotEmpty()
        .allSatisfy(item -> assertThat(item.getDomAttribute("data-rule")).isEqualTo("NAP-M010"));
    assertThat(browser.findElement(By.id("shown")).getText())
        .startsWith(visibleFindings().size() + " of " + all);
    choose("rule-filter", "");

    // Words
    browser.findElement(By.id("search")).sendKeys("PM Geneva");
    assertThat(visibleFindings())
        .isNotEmpty()
        .allSatisfy(item -> assertThat(item.getText()).contains("PM Geneva"));
    browser.findElement(By.id("search")).clear();
    browser.executeScript("document.getElementById('filters').dispatchEvent(new Event('input'))");
    assertThat(visibleFindings()).hasSize(all);

    // A screenshot for people to look at.
    Path screenshot = Path.of("target", "screenshots", "lu-wps-2.png");
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        screenshot,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(screenshot).isNotEmptyFile();
  }

  @Test
  void should_load_nothing_from_outside() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> resources =
        (List<Map<String, Object>>)
            browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (r) { return {name: r.name}; });");
    assertThat(resources).isEmpty();
  }

  /** Picks an option as a person would: a click on it. */
  private static void choose(String selectId, String value) {
    browser.findElement(By.id(selectId)).click();
    browser.findElement(By.cssSelector("#" + selectId + " option[value='" + value + "']")).click();
  }

  private static List<WebElement> visibleFindings() {
    return browser.findElements(By.cssSelector("#finding-list > li.finding")).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }
}
