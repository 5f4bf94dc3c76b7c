package org.claimtrail.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.ClusterStatus;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.Indexer;
import org.claimtrail.store.search.SearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API and pages over a real server on a random port, with a real store behind it. */
class ServerTest {
  @TempDir static Path dir;
  static Store store;
  static SearchIndex index;
  static Javalin app;
  static long clusterId;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    store = Store.open(Store.h2Url(dir.resolve("db")));
    index = SearchIndex.open(dir.resolve("index"));
    String hostile = "troops <script>alert('x')</script> crossed the border";
    Article a = new Article("a1", "t", Optional.of("https://x.example/1"), Optional.of("Title <b>"), Optional.of("Test Wire"), List.of(),
        Optional.of(Instant.parse("2024-10-20T00:00:00Z")), Optional.empty(), Optional.of("en"), List.of(hostile), List.of(), "h1");
    Claim c = new Claim("a1", new ClaimSource("HUR <img src=x onerror=alert(1)>", EntityType.ORGANIZATION, Optional.empty(), Optional.empty(), "HUR", 0, 3),
        "claimed", "claim", 0, Stance.CLAIMED, QuoteType.INDIRECT, 0, hostile.length(), hostile, List.of("media reports"), Optional.empty(), 0.9);
    ArticleClaims ac = new ArticleClaims(a, List.of(), List.of(), List.of(c));
    Store.Saved saved = store.store(ac, Optional.empty());
    Indexer.index(index, ac, saved);
    index.commit();
    String member = String.valueOf(saved.claimIds().get(0));
    ClaimCluster cluster = new ClaimCluster("k", hostile, List.of(member), List.of("HUR <img src=x onerror=alert(1)>"), List.of("Test Wire"),
        List.of(new ClaimCluster.Change(Optional.of(Instant.parse("2024-10-20T00:00:00Z")), ClusterStatus.CLAIMED, member, "first made by HUR")));
    clusterId = store.replaceLinks(Map.of(saved.articleId(), saved.articleId()), List.of(cluster)).get(0);
    app = ClaimtrailServer.create(store, index).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    index.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void apiServesClustersClaimsSearchAndOpenApi() throws Exception {
    JsonNode clusters = JSON.readTree(get("/api/v1/clusters").body());
    assertEquals(1, clusters.get("items").size());
    JsonNode cluster = JSON.readTree(get("/api/v1/clusters/" + clusterId).body());
    assertEquals("claimed", cluster.get("status").asText());
    assertEquals("media reports", cluster.get("members").get(0).get("via").get(0).asText());
    JsonNode search = JSON.readTree(get("/api/v1/search?q=troops&stance=claimed").body());
    assertEquals(1, search.get("items").size(), "one claim hit with the stance filter (articles have no stance)");
    assertEquals("3.0.3", JSON.readTree(get("/api/v1/openapi.json").body()).get("openapi").asText());
  }

  @Test
  void badInputIsA4xxWithAJsonMessageNeverA500() throws Exception {
    for (String path : List.of("/api/v1/clusters?limit=abc", "/api/v1/clusters?limit=-1", "/api/v1/clusters/notanid", "/api/v1/search?q=troops%20AND%20(",
        "/api/v1/claims?from=yesterday", "/api/v1/search?q=x'%20OR%201=1--")) {
      HttpResponse<String> r = get(path);
      assertTrue(r.statusCode() >= 200 && r.statusCode() < 500, path + " gave " + r.statusCode() + ": " + r.body());
      if (r.statusCode() >= 400) {
        JsonNode e = JSON.readTree(r.body());
        assertEquals(r.statusCode(), e.get("status").asInt(), r.body());
        assertFalse(e.get("details").asText().isBlank(), r.body());
      }
    }
    assertEquals(404, get("/api/v1/clusters/999999").statusCode());
  }

  @Test
  void pagesRenderAndEscapeArticleText() throws Exception {
    for (String path : List.of("/", "/clusters/" + clusterId, "/search?q=troops", "/sources")) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path);
      assertTrue(r.body().contains("<title>"), path);
      assertFalse(r.body().contains("<script>alert"), path + " must escape article text");
      assertFalse(r.body().contains("<img src=x"), path + " must escape source names");
    }
    assertTrue(get("/clusters/" + clusterId).body().contains("&lt;script&gt;alert"), "the script shows as text");
    assertEquals(404, get("/clusters/424242").statusCode());
    assertEquals(200, get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").statusCode(), "htmx is served from its WebJar");
  }
}
