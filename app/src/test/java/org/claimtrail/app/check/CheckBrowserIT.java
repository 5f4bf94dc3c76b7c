package org.claimtrail.app.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimtrail.app.cli.Main;
import org.claimtrail.model.BodyStance;
import org.claimtrail.model.CheckReport;
import org.claimtrail.server.ClaimtrailServer;
import org.claimtrail.server.ServerOptions;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.testkit.Browser;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checking a claim end to end: the seed article and 15 Wikinews 2020 articles ingested by the real
 * pipeline (CoreNLP, claims, store, index), the server's checker (vector index, shipped stance
 * model), the API, and the "Check a claim" box in a real browser. The seed's claim "North Korean
 * troops are in Russia" finds the seed article as agree or discuss, on the sentences that carry it
 * with Lloyd Austin's claims marked. Screenshots go to target/screenshots.
 */
class CheckBrowserIT {
  static final String SEED_CLAIM = "North Korean troops are in Russia";
  @TempDir static Path dir;
  static Store store;
  static SearchIndex index;
  static StoreChecker checker;
  static Javalin app;

  @BeforeAll
  static void ingest() throws Exception {
    Path wikinews = dir.resolve("wikinews-15.jsonl");
    List<String> lines = Files.readAllLines(SharedCorpora.corpora().resolve("wikinews/wikinews-2020.jsonl"), StandardCharsets.UTF_8);
    Files.write(wikinews, lines.subList(0, 15), StandardCharsets.UTF_8);
    String db = Store.h2Url(dir.resolve("db"));
    assertEquals(0, Main.run("ingest", "--db", db, "--index", dir.resolve("index").toString(), SharedCorpora.seedArticle().toString(), wikinews.toString()));
    store = Store.open(db);
    index = SearchIndex.open(dir.resolve("index"));
    checker = new StoreChecker(store, index, dir.resolve("index"));
    app = ClaimtrailServer.create(store, index, ServerOptions.readOnly(dir.resolve("uploads")).withChecker(checker)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
      checker.close();
      index.close();
      store.close();
    }
  }

  private static long seedId() {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT id FROM articles WHERE body LIKE '%Lloyd Austin confirmed on Tuesday%'").mapTo(Long.class).one());
  }

  @Test
  void theSeedClaimFindsTheSeedArticleOnTheSentencesThatCarryIt() {
    CheckReport r = checker.check(SEED_CLAIM, 10);
    long seed = seedId();
    CheckReport.Checked found = r.articles().stream().filter(c -> c.articleId() == seed).findFirst().orElseThrow(() -> new AssertionError(r.toString()));
    assertTrue(found.stance() == BodyStance.AGREE || found.stance() == BodyStance.DISCUSS, found.toString());
    List<String> sentences = found.evidence().stream().map(CheckReport.Evidence::sentence).toList();
    assertTrue(sentences.stream().anyMatch(s -> s.startsWith("US Defense Secretary Lloyd Austin confirmed on Tuesday that North Korean troops are in Russia")),
        "the sentence that says it: " + sentences);
    CheckReport.Evidence confirmed = found.evidence().stream().filter(e -> e.sentence().contains("Austin confirmed on Tuesday")).findFirst().orElseThrow();
    assertTrue(confirmed.claims().stream().anyMatch(c -> c.source().equals("Lloyd Austin") && c.cue().equals("confirmed")
        && c.content().equals("North Korean troops are in Russia")), "with the claim Claimtrail found in it: " + confirmed.claims());
    assertTrue(r.unrelated() > 0, "the Wikinews articles of 2020 are read and found unrelated: " + r);
  }

  @Test
  void theApiAnswersTheSameReport() throws Exception {
    HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/v1/check?claim="
        + URLEncoder.encode(SEED_CLAIM, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, res.statusCode(), res.body());
    JsonNode articles = new ObjectMapper().readTree(res.body()).get("articles");
    long seed = seedId();
    boolean listed = false;
    for (JsonNode a : articles) {
      listed |= a.get("article_id").asLong() == seed && List.of("agree", "discuss").contains(a.get("stance").asText());
    }
    assertTrue(listed, res.body());
  }

  @Test
  void theCheckBoxInTheBrowserShowsTheArticlesByStanceWithTheEvidenceMarked() throws Exception {
    try (Browser browser = new Browser(dir.resolve("chrome"))) {
      WebDriver web = browser.driver();
      web.get("http://127.0.0.1:" + app.port() + "/");
      web.findElement(By.linkText("Check a claim")).click();
      new WebDriverWait(web, Duration.ofSeconds(10)).until(d -> d.getTitle().equals("Check a claim · Claimtrail"));
      web.findElement(By.name("claim")).sendKeys(SEED_CLAIM);
      web.findElement(By.cssSelector("form.check button")).click();
      new WebDriverWait(web, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/check?claim=") && !d.findElements(By.cssSelector("section.stance-group")).isEmpty());
      assertEquals(3, web.findElements(By.cssSelector("section.stance-group")).size(), "agree, disagree, discuss");
      WebElement seed = web.findElement(By.cssSelector("section.stance-group li.checked[data-article='" + seedId() + "']"));
      String group = seed.findElement(By.xpath("ancestor::section")).getAttribute("id");
      assertTrue(group.equals("stance-agree") || group.equals("stance-discuss"), group);
      assertFalse(seed.findElements(By.cssSelector("blockquote.evidence mark.claim.confirmed")).isEmpty(), "Austin's confirmed claim is marked in the evidence");
      assertTrue(seed.getText().contains("Lloyd Austin confirmed on Tuesday"), seed.getText());
      browser.screenshot("check");

      // A claim typed with markup in it comes back as text, in the box and nowhere else.
      web.get("http://127.0.0.1:" + app.port() + "/check");
      web.findElement(By.name("claim")).sendKeys("troops\"><script>window.__xss = 7</script>");
      web.findElement(By.cssSelector("form.check button")).click();
      new WebDriverWait(web, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/check?claim=") && !d.findElements(By.cssSelector("p.count")).isEmpty());
      assertNull(browser.script("return window.__xss;"), "no script from the claim ran");
      assertEquals("troops\"><script>window.__xss = 7</script>", web.findElement(By.name("claim")).getAttribute("value"));
    }
  }
}
