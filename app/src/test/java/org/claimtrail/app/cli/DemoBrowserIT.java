package org.claimtrail.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimtrail.server.progress.BackgroundIngest;
import org.claimtrail.store.Store;
import org.claimtrail.testkit.Browser;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * {@code claimtrail demo} in a real browser: the UI answers while the ingest (the real pipeline,
 * CoreNLP and all, over the seed article and 25 Wikinews articles) is still running, its progress
 * on the dashboard; the dashboard fills in without a reload as the claims are linked, and shows
 * the run finished with every document counted. Screenshots go to target/screenshots.
 */
class DemoBrowserIT {
  @TempDir Path dir;

  @Test
  void theUiAnswersWhileTheIngestRunsAndFillsInUntilItEnds() throws Exception {
    Path wikinews = dir.resolve("wikinews-25.jsonl");
    List<String> lines = Files.readAllLines(SharedCorpora.corpora().resolve("wikinews/wikinews-2020.jsonl"), StandardCharsets.UTF_8);
    Files.write(wikinews, lines.subList(0, 25), StandardCharsets.UTF_8);
    DemoCommand demo = new DemoCommand();
    new CommandLine(demo).parseArgs("--port", "0", "--db", Store.h2Url(dir.resolve("data")), "--index", dir.resolve("data/index").toString(),
        "--link-every", "4", SharedCorpora.seedArticle().toString(), wikinews.toString());
    try (DemoCommand.Running running = demo.start(demo.corpus());
        Browser browser = new Browser(dir.resolve("chrome"))) {
      WebDriver web = browser.driver();
      String url = running.server().url();
      web.get(url + "/");
      assertEquals("Clusters · Claimtrail", web.getTitle());
      // The documents are counted first (a quick read of the inputs); the progress shows the total then.
      new WebDriverWait(web, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
          .until(d -> !d.findElements(By.cssSelector("#progress .docs-total")).isEmpty());
      long done = number(browser, "#progress .docs-done");
      long total = number(browser, "#progress .docs-total");
      assertTrue(done < total, "the page shows the ingest under way: " + done + " of " + total);
      assertEquals(26, total, "the seed article and 25 Wikinews articles");
      assertTrue(running.progress().snapshot().running(), "the dashboard answered while the ingest runs");
      browser.screenshot("demo-dashboard-starting");
      web.get(url + "/articles");
      assertEquals("Articles · Claimtrail", web.getTitle());
      assertTrue(running.progress().snapshot().running(), "so did another page");

      web.get(url + "/");
      browser.script("window.__sameDocument = true;");
      AtomicBoolean filledWhileRunning = new AtomicBoolean();
      new WebDriverWait(web, Duration.ofMinutes(15), Duration.ofMillis(500)).ignoring(StaleElementReferenceException.class).until(d -> {
        boolean clusters = !d.findElements(By.cssSelector("table.clusters tbody tr")).isEmpty();
        boolean finished = d.findElement(By.id("progress")).getAttribute("class").contains("done");
        if (clusters && !finished && !filledWhileRunning.get()) {
          filledWhileRunning.set(true);
          screenshot(browser, "demo-dashboard-during-ingest");
        }
        return finished;
      });
      assertTrue(filledWhileRunning.get(), "clusters showed on the dashboard before the ingest ended");
      // The clusters part refreshes once more after the last linking run (which renumbers the clusters), then stops polling.
      new WebDriverWait(web, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
          .until(d -> d.findElement(By.id("dashboard")).getAttribute("hx-trigger") == null);
      assertTrue(web.findElements(By.cssSelector("table.clusters tbody tr")).size() > 0, "the clusters are shown");
      assertEquals(Boolean.TRUE, browser.script("return window.__sameDocument === true;"), "the dashboard filled in by itself, without a reload");
      assertEquals(total, number(browser, "#progress .docs-done"), "every document counted");
      assertEquals(0, number(browser, "#progress .docs-failed"));
      browser.screenshot("demo-dashboard-done");

      assertTrue(running.awaitIngest(30_000), "the ingest thread ends with the last linking run");
      BackgroundIngest.Snapshot s = running.progress().snapshot();
      assertTrue(s.linkRuns() >= 2, "linked while ingesting and once at the end: " + s.linkRuns());
      Map<String, Long> counts = running.store().counts();
      assertEquals(counts.get("claims"), counts.get("cluster_members"), "the last run linked every claim, none lost to the runs beside the ingest");
      assertEquals(counts.get("claim_clusters"), s.clusters());
      assertEquals(total, counts.get("articles"));

      web.findElement(By.cssSelector("table.clusters a")).click();
      // A click can return before the next page is there: wait for it each time.
      new WebDriverWait(web, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("table.mentions a[href^='/articles/']")).isEmpty());
      web.findElement(By.cssSelector("table.mentions a[href^='/articles/']")).click();
      new WebDriverWait(web, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("article.body mark.claim")).isEmpty());
      assertTrue(web.getTitle().endsWith(" · Claimtrail") && !web.getTitle().startsWith("article "), "the article is named by its title: " + web.getTitle());
      browser.screenshot("demo-article");
    }
  }

  /** A number the page shows, read by the page's own script: the progress is swapped every second, so a found element may be stale. */
  private static long number(Browser browser, String css) {
    return Long.parseLong(String.valueOf(browser.script("return document.querySelector('" + css + "').textContent;")).strip());
  }

  private static void screenshot(Browser browser, String name) {
    try {
      browser.screenshot(name);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
