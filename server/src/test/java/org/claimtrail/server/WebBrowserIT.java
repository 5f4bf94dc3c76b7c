package org.claimtrail.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.claimtrail.testkit.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in a real browser over a store holding a hostile article. Loads every page, follows the
 * links an analyst would, and asserts that no script from article text runs; saves a screenshot
 * of each page under target/screenshots.
 */
class WebBrowserIT {
  @TempDir static Path dir;
  static TestServer server;
  static Browser browser;
  static WebDriver web;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    browser = new Browser(dir.resolve("chrome"));
    web = browser.driver();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    server.close();
  }

  private static void noScriptRan() {
    assertNull(browser.script("return window.__xss;"), "a script from article text ran on " + web.getCurrentUrl());
  }

  @Test
  void dashboardClusterAndSearch() throws Exception {
    web.get(server.url("/"));
    assertEquals("Clusters · Claimtrail", web.getTitle());
    noScriptRan();
    browser.screenshot("dashboard");
    web.findElement(By.cssSelector("table.clusters a")).click();
    assertTrue(web.findElement(By.cssSelector("h1.claim")).getText().contains("<script>"), "the script shows as text");
    assertTrue(web.findElement(By.cssSelector("ul.tree")).getText().contains("<img src=x"), "source names show as text in the provenance tree");
    assertTrue(web.findElement(By.cssSelector("ul.tree")).getText().contains("media reports"), "intermediaries are in the tree");
    noScriptRan();
    browser.screenshot("cluster");
    web.findElement(By.name("q")).sendKeys("troops");
    web.findElement(By.cssSelector("header form button")).click();
    // A click that submits a form can return before the browser has left the page (CI once read
    // the cluster page's address here): wait for the search page, up to 10 s.
    new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search?q=troops"));
    assertTrue(web.findElements(By.cssSelector("ol.hits li")).size() >= 1, "search results listed");
    assertFalse(web.findElements(By.cssSelector("ol.hits b")).isEmpty(), "matches are highlighted");
    assertFalse(web.findElements(By.cssSelector(".facets a.facet")).isEmpty(), "facets narrow the search");
    noScriptRan();
    browser.screenshot("search");
  }

  @Test
  void articleViewHighlightsClaimsAndShowsRemovedBoilerplateOnDemand() throws Exception {
    web.get(server.url("/articles"));
    web.findElement(By.cssSelector("table a[href^='/articles/']")).click();
    assertFalse(web.findElements(By.cssSelector("article.body mark.claim.claimed")).isEmpty(), "the claim is highlighted by its stance");
    var removed = web.findElement(By.cssSelector("details.removed"));
    assertFalse(removed.findElement(By.tagName("ol")).isDisplayed(), "boilerplate is hidden until asked for");
    removed.findElement(By.tagName("summary")).click();
    assertTrue(removed.findElement(By.tagName("ol")).getText().contains("<script>window.__xss = 2</script>"), "shown as text");
    noScriptRan();
    browser.screenshot("article");
  }

  @Test
  void entityPageAndTimeline() throws Exception {
    web.get(server.url("/entities"));
    web.findElement(By.cssSelector("table a[href^='/entities/']")).click();
    assertTrue(web.findElement(By.tagName("h1")).getText().contains("<img src=x"), "entity names show as text");
    assertTrue(web.getPageSource().contains("Track record"));
    noScriptRan();
    browser.screenshot("entity");
    web.get(server.url("/timeline?from=2024-10-01&to=2024-10-31"));
    // ECharts draws into a canvas once its script has run.
    new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#chart canvas")).isEmpty());
    assertEquals(1, web.findElements(By.cssSelector("table.mentions tbody tr")).size());
    noScriptRan();
    browser.screenshot("timeline");
  }
}
