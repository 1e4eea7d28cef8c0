package org.napcheck.cli;

import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and ChromeDriver, headless, for the browser tests: found on the PATH, where
 * .ci/run looks for them. Skipped where they are not installed, except on CI (CI=true).
 */
final class Chromium {
  static final Path BINARY = onPath("chromium");
  static final Path DRIVER = onPath("chromedriver");

  /** axe-core's minified script, which .ci/run installs. */
  static final Path AXE = Jar.ROOT.resolve(".browser-tools/node_modules/axe-core/axe.min.js");

  private Chromium() {}

  static void assumeInstalled() {
    boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI must install chromium and chromium-driver (see .ci/run)");
    }
    assumeThat(installed).as("chromium and chromedriver are installed").isTrue();
    if (!Files.isRegularFile(AXE) && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI must install axe-core in .browser-tools (see .ci/run)");
    }
  }

  /** A browser with a window of {@code width} × {@code height}, keeping the console's log. */
  static ChromeDriver start(int width, int height) throws IOException {
    var options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    var logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  private static Path onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(folder.isEmpty() ? "." : folder, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return Path.of("/usr/bin", program);
  }

  /**
   * The violations axe-core calls serious or critical on the page {@code browser} shows: each as
   * its id, the count of elements, what it asks, and the first element. Skips the test where
   * axe-core is not installed (outside CI).
   */
  static List<String> seriousViolations(ChromeDriver browser) throws IOException {
    assumeThat(AXE).as("axe-core installed in .browser-tools (see .ci/run)").isRegularFile();
    browser.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
    Object result =
        browser.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('error: ' + e); });");
    JsonNode violations = new ObjectMapper().readTree(String.valueOf(result));
    var serious = new ArrayList<String>();
    for (JsonNode violation : violations) {
      String impact = violation.path("impact").asText();
      if (impact.equals("serious") || impact.equals("critical")) {
        serious.add(
            violation.path("id").asText()
                + " ("
                + violation.path("nodes").size()
                + "): "
                + violation.path("help").asText()
                + ": "
                + violation.path("nodes").path(0).path("html").asText());
      }
    }
    return serious;
  }
}
