package org.napcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napcheck.io.NapFormatException;
import org.napcheck.io.NapReader;
import org.napcheck.io.Problem;
import org.napcheck.server.NapServer;
import org.napcheck.server.ServerSettings;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The drafters' page in headless Chromium, as a drafter uses it: upload Luxembourg's plan and see
 * the counts; upload a broken draft and see every problem with its line. No accessibility violation
 * axe-core calls serious or critical, every control reached by keyboard, nothing the page's policy
 * blocks. Screenshots in target/screenshots (docs/images has copies).
 */
class PageBrowserTest {
  private static final Path SCREENSHOTS = Jar.ROOT.resolve("nap-cli/target/screenshots");
  private static final Path HOSTILE = Jar.ROOT.resolve("nap-cli/src/test/resources/hostile");

  private static NapServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void open() throws Exception {
    Chromium.assumeInstalled();
    Files.createDirectories(SCREENSHOTS);
    server = NapServer.start(ServerSettings.defaults().withPort(0));
    browser = Chromium.start(1280, 900);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void openForm() {
    browser.get(server.uri().resolve("/").toString());
  }

  private static void upload(Path plan, List<Path> monitoring, String asOf) {
    openForm();
    browser.findElement(By.id("plan")).sendKeys(plan.toAbsolutePath().toString());
    if (!monitoring.isEmpty()) {
      browser
          .findElement(By.id("monitoring"))
          .sendKeys(
              monitoring.stream()
                  .map(file -> file.toAbsolutePath().toString())
                  .collect(Collectors.joining("\n")));
    }
    WebElement date = browser.findElement(By.id("asOf"));
    browser.executeScript("arguments[0].value = arguments[1]", date, asOf);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!browser.getCurrentUrl().endsWith("/page/checks")
        || browser.findElements(By.tagName("h1")).isEmpty()) {
      assertThat(System.nanoTime())
          .as("the answer came in time: %s %s", browser.getCurrentUrl(), browser.getPageSource())
          .isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  @Test
  void should_show_the_dashboard_with_the_counts_of_luxembourgs_plan() throws Exception {
    upload(Jar.LUXEMBOURG.resolve("plan.yaml"), luxembourgMonitoring(), "2027-04-01");

    List<String> counts =
        browser.findElements(By.cssSelector("#summary .count")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(counts).containsExactly("5", "70", "72");
    assertThat(browser.getTitle()).contains("LU-WPS-2");
    assertThat(blockedByPolicy()).isEmpty();
    // the dashboard's own script ran under the server's policy: its filters work
    assertThat(browser.findElements(By.cssSelector("select, input")).size()).isPositive();
  }

  @Test
  void should_list_every_problem_of_a_broken_draft_with_its_line() throws Exception {
    Path draft = HOSTILE.resolve("wrong-types.yaml");
    List<Problem> problems;
    try {
      new NapReader().readPlan(Files.newInputStream(draft), "wrong-types.yaml");
      throw new AssertionError("the draft should be refused");
    } catch (NapFormatException e) {
      problems = e.problems();
    }

    upload(draft, List.of(), "2027-04-01");

    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
    List<WebElement> rows = browser.findElements(By.cssSelector("table.problems tbody tr"));
    assertThat(rows).hasSize(problems.size());
    for (int i = 0; i < problems.size(); i++) {
      List<String> cells =
          rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
      assertThat(cells)
          .containsExactly(
              "wrong-types.yaml",
              String.valueOf(problems.get(i).line()),
              String.valueOf(problems.get(i).column()),
              problems.get(i).path(),
              problems.get(i).message());
    }
    keep("server-problems.png");
    assertNoSeriousViolation();
    assertThat(blockedByPolicy()).isEmpty();
  }

  @Test
  void should_be_accessible_and_reachable_by_keyboard() throws Exception {
    openForm();
    keep("server-page.png");
    assertNoSeriousViolation();
    assertThat(blockedByPolicy()).isEmpty();

    var reached = new ArrayList<String>();
    for (int i = 0; i < 12; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      WebElement active = browser.switchTo().activeElement();
      String id = active.getAttribute("id");
      String name = id == null || id.isEmpty() ? active.getTagName() : id;
      if (reached.isEmpty() || !reached.get(reached.size() - 1).equals(name)) {
        reached.add(name);
      }
    }
    assertThat(reached)
        .containsSubsequence("plan", "monitoring", "asOf", "lang", "format", "button");
    for (String id : List.of("plan", "monitoring", "asOf", "lang", "format")) {
      assertThat(browser.findElements(By.cssSelector("label[for=" + id + "]"))).hasSize(1);
    }
  }

  private static void assertNoSeriousViolation() throws Exception {
    assertThat(Chromium.seriousViolations(browser)).isEmpty();
  }

  private static List<Path> luxembourgMonitoring() throws IOException {
    try (var files = Files.list(Jar.LUXEMBOURG.resolve("monitoring"))) {
      return files.sorted().toList();
    }
  }

  /** What the browser refused to load or run under the answer's Content-Security-Policy. */
  private static List<String> blockedByPolicy() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  private static void keep(String name) throws Exception {
    Path screenshot = SCREENSHOTS.resolve(name);
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        screenshot,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(screenshot).isNotEmptyFile();
  }
}
