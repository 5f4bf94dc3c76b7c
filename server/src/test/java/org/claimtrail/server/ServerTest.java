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
  static TestServer fixture;
  static Javalin app;
  static long clusterId;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    fixture = TestServer.start(dir);
    app = fixture.app();
    clusterId = fixture.clusterId();
  }

  @AfterAll
  static void stop() {
    fixture.close();
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
    JsonNode openapi = JSON.readTree(get("/api/v1/openapi.json").body());
    assertEquals("3.0.3", openapi.get("openapi").asText());
    for (String p : List.of("/api/v1/articles/{id}", "/api/v1/entities/{id}", "/api/v1/ingest", "/api/v1/clusters/{id}/status", "/api/v1/aliases")) {
      assertTrue(openapi.get("paths").has(p), "described: " + p);
    }
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

  /** Every parameter of every read endpoint and page, with SQL and Lucene injection attempts. */
  @Test
  void injectionAttemptsInEveryParameterAreHarmless() throws Exception {
    Map<String, Long> before = fixture.store().counts();
    List<String> payloads = List.of("' OR '1'='1", "1; DROP TABLE claims; --", "%' OR 1=1 --", "\\'; DELETE FROM articles; --", "x\" OR \"1\"=\"1",
        "*:*", "text:(a OR b) AND NOT c~2^9", "<script>window.__xss=1</script>", "%00", "1 UNION SELECT body FROM articles");
    Map<String, List<String>> endpoints = Map.of(
        "/api/v1/search", List.of("q", "type", "stance", "source", "entity", "publisher", "from", "to", "limit"),
        "/api/v1/claims", List.of("entity", "from", "to", "limit"),
        "/api/v1/clusters", List.of("limit", "offset", "sort"),
        "/api/v1/articles", List.of("publisher", "limit", "offset"),
        "/api/v1/entities", List.of("q", "type", "limit", "offset"),
        "/search", List.of("q", "stance", "source", "entity", "publisher", "from", "to"),
        "/", List.of("sort", "offset"),
        "/timeline", List.of("entity", "from", "to"),
        "/entities", List.of("q", "type", "offset"),
        "/articles", List.of("publisher", "offset"));
    int requests = 0;
    for (Map.Entry<String, List<String>> e : endpoints.entrySet()) {
      for (String param : e.getValue()) {
        for (String payload : payloads) {
          String path = e.getKey() + "?" + param + "=" + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8);
          HttpResponse<String> r = get(path);
          requests++;
          assertTrue(r.statusCode() == 200 || r.statusCode() == 400, path + " gave " + r.statusCode() + ": " + r.body());
          String type = r.headers().firstValue("Content-Type").orElse("");
          assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
          if (type.startsWith("text/html")) {
            assertFalse(r.body().contains("<script>window.__xss"), path + " reflected the script");
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
          } else {
            assertTrue(type.startsWith("application/json"), path + " is JSON, which a browser with nosniff never runs: " + type);
          }
          assertFalse(r.body().contains("SQLException") || r.body().contains("JdbcSQL") || r.body().contains("PSQLException"), path + " leaked a database error");
        }
      }
    }
    for (String path : List.of("/api/v1/clusters/1%20OR%201=1", "/api/v1/articles/1;DROP", "/api/v1/entities/-1", "/articles/1'", "/clusters/%27")) {
      int status = get(path).statusCode();
      assertTrue(status == 400 || status == 404, path + " gave " + status);
      requests++;
    }
    assertEquals(before, fixture.store().counts(), "no data changed after " + requests + " injection attempts");
    assertEquals(405, requests, "40 parameters x 10 payloads, and 5 ids");
  }

  @Test
  void pagesRenderAndEscapeArticleText() throws Exception {
    long article = JSON.readTree(get("/api/v1/articles").body()).get("items").get(0).get("id").asLong();
    long entity = JSON.readTree(get("/api/v1/entities").body()).get("items").get(0).get("id").asLong();
    for (String path : List.of("/", "/clusters/" + clusterId, "/search?q=troops", "/search?q=troops&stance=claimed&source=x&publisher=%3Cb%3E", "/sources", "/timeline",
        "/timeline?entity=HUR%20%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "/articles", "/articles/" + article, "/entities", "/entities?q=%3Cimg",
        "/entities/" + entity, "/ingest")) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path);
      assertTrue(r.body().contains("<title>"), path);
      assertFalse(r.body().contains("<script>window"), path + " must escape article text");
      assertFalse(r.body().contains("<img src=x"), path + " must escape source names");
      assertFalse(r.body().contains("<b>HUR") || r.body().contains("<i>agency"), path + " must escape aliases and roles");
    }
    assertTrue(get("/clusters/" + clusterId).body().contains("&lt;script&gt;window"), "the script shows as text");
    String view = get("/articles/" + article).body();
    assertTrue(view.contains("<mark class=\"claim claimed\""), "the claim is highlighted by stance");
    assertTrue(view.contains("Read next: &lt;script&gt;window.__xss = 2"), "removed boilerplate is shown on demand, escaped");
    String entityPage = get("/entities/" + entity).body();
    assertTrue(entityPage.contains("spy &lt;i&gt;agency&lt;/i&gt;") && entityPage.contains("&lt;b&gt;HUR&lt;/b&gt;"), "roles and aliases, escaped");
    assertEquals(404, get("/articles/424242").statusCode());
    assertEquals(404, get("/entities/424242").statusCode());
    assertEquals(400, get("/entities?type=planet").statusCode());
    assertEquals(404, get("/clusters/424242").statusCode());
    String timeline = get("/timeline?from=2024-10-01&to=2024-10-31").body();
    assertTrue(timeline.contains("\"months\":[\"2024-10\"]"), "chart data per month: " + timeline);
    assertEquals(400, get("/timeline?from=soon").statusCode());
    assertEquals(200, get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode(), "the chart library is served from its WebJar");
    assertEquals(200, get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").statusCode(), "htmx is served from its WebJar");
  }
}
