package org.claimtrail.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.claimtrail.server.progress.BackgroundIngest;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress of an ingest the server runs beside its pages, on the dashboard and the Ingest page, through each phase. */
class BackgroundIngestPagesTest {
  @TempDir Path dir;
  Store store;
  SearchIndex index;
  Javalin app;
  final BackgroundIngest run = new BackgroundIngest("the seed article and Wikinews 2020");
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    store = Store.open(Store.h2Url(dir.resolve("db")));
    index = SearchIndex.open(dir.resolve("index"));
    ServerOptions options = new ServerOptions(Optional.of("token-0123456789abcdef"), false, 1 << 20, dir.resolve("uploads"), Optional.empty()).withBackground(run);
    app = ClaimtrailServer.create(store, index, options).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
    index.close();
    store.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  String page(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  @Test
  void theProgressShowsCountsRateEtaAndFailuresAndPollsUntilTheEnd() throws Exception {
    assertTrue(page("/progress").contains("counting the documents"), "before the pipeline is ready");
    run.started(123);
    assertTrue(page("/progress").contains("loading the language models"), "before the first document is done");
    run.progress(1, 0, 0);
    Thread.sleep(200);
    run.progress(40, 2, 310);
    String p = page("/progress");
    assertTrue(p.contains("<span class=\"docs-done\">40</span> of <span class=\"docs-total\">123</span> documents"), p);
    assertTrue(p.contains("<span class=\"docs-failed\">2</span> failed") && p.contains("310 claims stored"), p);
    assertTrue(p.contains("ETA <span class=\"eta\">"), "the time left: " + p);
    assertTrue(p.contains("<progress max=\"123\" value=\"40\">"), p);
    assertTrue(p.contains("hx-get=\"/progress\"") && p.contains("hx-trigger=\"every 1s\""), "polls while running: " + p);
    assertTrue(get("/progress").headers().firstValue("HX-Trigger").isEmpty(), "no refresh event while running");
    String dashboard = page("/");
    assertTrue(dashboard.contains("id=\"progress\""), "the dashboard shows the progress");
    assertTrue(dashboard.contains("hx-get=\"/dashboard/columns?offset=0\""), "and refreshes its clusters while the ingest runs: " + dashboard);
    assertTrue(dashboard.contains("linked into clusters while the ingest runs"), "an empty dashboard says clusters are coming");
    assertTrue(page("/ingest").contains("id=\"progress\""), "the Ingest page shows it too");
    run.linking();
    run.linked(17, 40);
    assertTrue(page("/progress").contains("17 clusters (linked after 40 documents)"));
    run.progress(123, 2, 900);
    run.ingested();
    assertTrue(page("/progress").contains("linking the claims"), "the last linking run");
    run.finished();
    HttpResponse<String> last = get("/progress");
    assertEquals("ingest-done", last.headers().firstValue("HX-Trigger").orElse(""), "tells the dashboard to refresh its clusters now");
    String done = last.body();
    assertTrue(done.contains("Wikinews 2020 finished in "), done);
    assertFalse(done.contains("hx-trigger"), "stops polling when done: " + done);
    assertFalse(page("/dashboard/columns").contains("hx-trigger"), "so do the clusters");
  }

  @Test
  void aFailedLinkingRunIsShown() throws Exception {
    run.started(10);
    run.linking();
    run.linkFailed("java.lang.IllegalStateException: disk full");
    assertTrue(page("/progress").contains("a linking run failed: java.lang.IllegalStateException: disk full"));
  }

  @Test
  void withoutABackgroundIngestThereIsNoProgress() throws Exception {
    app.stop();
    app = ClaimtrailServer.create(store, index).start("127.0.0.1", 0);
    assertEquals(404, get("/progress").statusCode());
    assertFalse(page("/").contains("id=\"progress\""));
    assertFalse(page("/").contains("hx-trigger"), "a dashboard without a background ingest does not poll");
  }
}
