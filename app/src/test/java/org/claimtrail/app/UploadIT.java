package org.claimtrail.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.claimtrail.app.jobs.UploadWorker;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.server.ClaimtrailServer;
import org.claimtrail.server.ServerOptions;
import org.claimtrail.store.Store;
import org.claimtrail.store.Uploads;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.testkit.Browser;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Uploading in a real browser to a real server that ingests with the real pipeline (CoreNLP and
 * all): the seed article and a corrupt file go in, the job page shows progress then per-file
 * results, and the seed's claims appear in the API and the article view.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadIT {
  static final String TOKEN = "upload-test-token-0123456789";
  @TempDir static Path dir;
  static Store store;
  static SearchIndex index;
  static UploadWorker worker;
  static Javalin app;
  static Browser browser;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    store = Store.open(Store.h2Url(dir.resolve("db")));
    index = SearchIndex.open(dir.resolve("index"));
    worker = new UploadWorker(store, index, Claimtrail.pipeline(), dir.resolve("uploads"));
    app = ClaimtrailServer.create(store, index, new ServerOptions(Optional.of(TOKEN), false, 8 << 20, dir.resolve("uploads"), Optional.of(worker)))
        .start("127.0.0.1", 0);
    browser = new Browser(dir.resolve("chrome"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    app.stop();
    worker.close();
    index.close();
    store.close();
  }

  static String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  static JsonNode get(String path) throws Exception {
    return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString()).body());
  }

  @Test
  @Order(1)
  void uploadInTheBrowserShowsProgressThenClaims() throws Exception {
    Path corrupt = dir.resolve("broken.warc.gz");
    Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});
    WebDriver web = browser.driver();
    web.get(url("/ingest"));
    browser.screenshot("ingest");
    web.findElement(By.name("files")).sendKeys(SharedCorpora.seedArticle().toAbsolutePath() + "\n" + corrupt.toAbsolutePath());
    web.findElement(By.name("token")).sendKeys(TOKEN);
    web.findElement(By.cssSelector("form.upload button")).click();
    new WebDriverWait(web, Duration.ofSeconds(30)).until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/ingest/jobs/"));
    // htmx polls the job; loading CoreNLP takes a while the first time.
    // The fragment is swapped every second, so an element found a moment ago may be gone: ignore that.
    new WebDriverWait(web, Duration.ofMinutes(4)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.cssSelector(".state")).getText().startsWith("finished") || d.findElement(By.cssSelector(".state")).getText().equals("done"));
    browser.screenshot("ingest-job");
    assertEquals("finished with errors", web.findElement(By.cssSelector(".state")).getText());
    String table = web.findElement(By.cssSelector("table.uploads")).getText();
    assertTrue(table.contains("kyivpost-2024-10-23.txt"), table);
    assertTrue(table.contains("broken.warc.gz"), "the bad file is named in its error: " + table);
    // Each file's documents end in one count each: articles (stored or unchanged), skipped, failed.
    String job = web.getCurrentUrl().replaceAll(".*/ingest/jobs/", "");
    for (JsonNode f : get("/api/v1/ingest/" + job).get("files")) {
      assertEquals(f.get("documents").asInt(), f.get("articles").asInt() + f.get("skipped").asInt() + f.get("failed").asInt(), f.toString());
      assertTrue(f.get("documents").asInt() >= 1, f.toString());
    }
    JsonNode articles = get("/api/v1/articles");
    assertEquals(1, articles.get("items").size());
    int claims = articles.get("items").get(0).get("claims").asInt();
    assertTrue(claims >= 15, "the seed's claims are stored: " + claims);
    assertTrue(get("/api/v1/clusters").get("items").size() >= 1, "linking ran after the upload");
    web.findElement(By.linkText("the articles")).click();
    web.findElement(By.cssSelector("table a[href^='/articles/']")).click();
    assertTrue(web.findElements(By.cssSelector("article.body mark.claim")).size() >= 10, "claims highlighted in the article view");
    browser.screenshot("article-seed");
  }

  @Test
  @Order(2)
  void uploadingTheSameArticleAgainChangesNothing() throws Exception {
    long before = store.counts().get("claims");
    String boundary = "b0undary";
    byte[] body = multipart(boundary, "again.txt", Files.readAllBytes(SharedCorpora.seedArticle()));
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/v1/ingest"))).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(202, r.statusCode(), r.body());
    String job = JSON.readTree(r.body()).get("job").asText();
    JsonNode status = waitFor(job);
    assertEquals("done", status.get("state").asText(), status.toString());
    assertEquals(0, status.get("files").get(0).get("claims").asInt(), "an unchanged article stores no claims: " + status);
    assertEquals(before, store.counts().get("claims"));
  }

  @Test
  @Order(3)
  void aStoredArticleUploadedAgainIsNotAnnotatedAgain() throws Exception {
    // A worker whose pipeline could annotate nothing (a microsecond of NLP): the seed, stored by
    // the first test, goes through it all the same.
    Path file = dir.resolve("uploads/seed-again.txt");
    Files.createDirectories(file.getParent());
    Files.copy(SharedCorpora.seedArticle(), file);
    UploadWorker hurried = new UploadWorker(store, index, Claimtrail.pipeline(cfg -> cfg.withClaims(cfg.claims().withNlpTimeLimit(Duration.ofNanos(1000)))),
        dir.resolve("uploads"));
    try {
      new Uploads(store).received("33333333-3333-3333-3333-333333333333", "44444444-4444-4444-4444-444444444444", "seed-again.txt", file.toString(),
          Files.size(file));
      hurried.submit("44444444-4444-4444-4444-444444444444");
      JsonNode status = waitFor("44444444-4444-4444-4444-444444444444");
      assertEquals("done", status.get("state").asText(), status.toString());
      assertEquals(1, status.get("files").get(0).get("articles").asInt(), status.toString());
    } finally {
      hurried.close();
    }
  }

  @Test
  @Order(4)
  void anUploadLeftReceivedByACrashIsIngestedOnRestart() throws Exception {
    // What a crash between "received" and "ingested" leaves: the file and its ledger row.
    Path file = dir.resolve("uploads/left-over.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"url\":\"https://example.org/left\",\"title\":\"Left over\",\"date\":\"2024-10-24\",\"text\":\"The ministry said on Tuesday that "
        + "the bridge had been repaired. Officials denied that any troops had crossed it.\"}\n");
    new Uploads(store).received("11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222", "left-over.jsonl", file.toString(),
        Files.size(file));
    assertEquals(1, worker.resumeUnfinished());
    JsonNode status = waitFor("22222222-2222-2222-2222-222222222222");
    assertEquals("done", status.get("state").asText(), status.toString());
    assertEquals(1, status.get("files").get(0).get("articles").asInt());
    assertTrue(new Uploads(store).unfinished().isEmpty());
  }

  private static JsonNode waitFor(String job) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      JsonNode s = get("/api/v1/ingest/" + job);
      String state = s.get("state").asText();
      if (state.equals("done") || state.startsWith("finished") || System.nanoTime() > deadline) {
        return s;
      }
      Thread.sleep(250);
    }
  }

  private static byte[] multipart(String boundary, String name, byte[] content) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
