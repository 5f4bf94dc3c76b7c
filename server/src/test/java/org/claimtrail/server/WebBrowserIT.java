package org.claimtrail.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The UI in a real browser: Debian's headless Chromium driven by its ChromeDriver (installed by
 * run-tests). Loads the dashboard, opens a cluster, searches; asserts that no script from article
 * text runs; saves a screenshot of each page under target/screenshots.
 */
class WebBrowserIT {
  @TempDir static Path dir;
  static TestServer server;
  static WebDriver browser;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1366,900", "--user-data-dir=" + dir.resolve("chrome"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    server.close();
  }

  private static void screenshot(String name) throws Exception {
    Path out = Path.of("target", "screenshots");
    Files.createDirectories(out);
    Files.write(out.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static void noScriptRan() {
    Object xss = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.__xss;");
    assertNull(xss, "a script from article text ran");
  }

  @Test
  void dashboardClusterAndSearch() throws Exception {
    browser.get(server.url("/"));
    assertEquals("Clusters · Claimtrail", browser.getTitle());
    noScriptRan();
    screenshot("dashboard");
    browser.findElement(By.cssSelector("table.clusters a")).click();
    assertTrue(browser.findElement(By.cssSelector("h1.claim")).getText().contains("<script>"), "the script shows as text");
    assertTrue(browser.findElement(By.cssSelector("ul.origins")).getText().contains("<img src=x"), "source names show as text");
    noScriptRan();
    screenshot("cluster");
    browser.findElement(By.name("q")).sendKeys("troops");
    browser.findElement(By.cssSelector("header form button")).click();
    assertTrue(browser.getCurrentUrl().contains("/search?q=troops"), browser.getCurrentUrl());
    assertTrue(browser.findElements(By.cssSelector("ol.hits li")).size() >= 1, "search results listed");
    assertTrue(!browser.findElements(By.cssSelector("ol.hits b")).isEmpty(), "matches are highlighted");
    noScriptRan();
    screenshot("search");
  }
}
