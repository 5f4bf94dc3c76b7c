package org.claimtrail.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.claimtrail.model.Entity;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.Mention;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.Indexer;
import org.claimtrail.store.search.SearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article title, a claim's content and an entity (the claim's source) whose names hold a script
 * tag, both quotes and an ampersand: every page that shows one shows it as text, escaped for where
 * it stands (element text, or an attribute value).
 */
class EscapingTest {
  static final String TITLE = "Title <script>alert(\"t'&\")</script>";
  static final String CONTENT = "troops <script>alert(\"c'&\")</script> crossed";
  static final String ENTITY = "Entity <script>alert(\"e'&\")</script>";
  @TempDir static Path dir;
  static Store store;
  static SearchIndex index;
  static Javalin app;
  static long article;
  static long entity;
  static long cluster;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    store = Store.open(Store.h2Url(dir.resolve("db")));
    index = SearchIndex.open(dir.resolve("index"));
    String body = "Officials said " + CONTENT + " the border.";
    int at = body.indexOf(CONTENT);
    Article a = new Article("a1", "t", Optional.of("https://x.example/1"), Optional.of(TITLE), Optional.of("Wire"), List.of(),
        Optional.of(Instant.parse("2024-10-20T00:00:00Z")), Optional.empty(), Optional.of("en"), List.of(body), List.of(), "h1");
    Claim c = new Claim("a1", new ClaimSource(ENTITY, EntityType.ORGANIZATION, Optional.empty(), Optional.of("e1"), "Officials", 0, 9), "said", "say", 10,
        Stance.CLAIMED, QuoteType.INDIRECT, at, at + CONTENT.length(), CONTENT, List.of(), Optional.empty(), 0.9);
    Entity e = new Entity("e1", ENTITY, EntityType.ORGANIZATION, List.of(), Optional.empty());
    ArticleClaims ac = new ArticleClaims(a, List.of(e), List.of(new Mention(0, 9, "Officials", "e1")), List.of(c));
    Store.Saved saved = store.store(ac, Optional.empty());
    Indexer.index(index, ac, saved);
    index.commit();
    String member = String.valueOf(saved.claimIds().get(0));
    cluster = store.replaceLinks(Map.of(saved.articleId(), saved.articleId()), List.of(new ClaimCluster("k", CONTENT, List.of(member), List.of(ENTITY),
        List.of("Wire"), List.of(new ClaimCluster.Change(Optional.of(Instant.parse("2024-10-20T00:00:00Z")), ClusterStatus.CLAIMED, member, "first"))))).get(0);
    article = saved.articleId();
    entity = store.jdbi().withHandle(h -> h.createQuery("SELECT id FROM entities").mapTo(Long.class).one());
    app = ClaimtrailServer.create(store, index).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    index.close();
    store.close();
  }

  /** As element text: markup characters escaped; quotes may stay, they end nothing there. */
  static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** As a quoted attribute value: quotes escaped, and '>' may stay (it ends nothing there). */
  static String attribute(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&#34;").replace("'", "&#39;");
  }

  static String page(String path) throws Exception {
    return page(path, 200);
  }

  static String page(String path, int status) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(status, r.statusCode(), path);
    for (String raw : List.of(TITLE, CONTENT, ENTITY)) {
      assertFalse(r.body().contains(raw), path + " prints a value raw: " + raw);
    }
    assertFalse(r.body().contains("<script>alert"), path + " lets a script tag through");
    return r.body();
  }

  static void shows(String path, String body, String escaped) {
    assertTrue(body.contains(escaped), path + " should show " + escaped);
  }

  @Test
  void theTitleIsEscapedWhereverTheArticleIsNamed() throws Exception {
    for (String path : List.of("/articles", "/articles/" + article, "/clusters/" + cluster, "/search?q=troops", "/timeline", "/entities/" + entity)) {
      shows(path, page(path), text(TITLE));
    }
    shows("<title>", page("/articles/" + article), "<title>" + text(TITLE) + " · Claimtrail</title>");
  }

  @Test
  void theClaimIsEscapedWhereverItIsShown() throws Exception {
    for (String path : List.of("/", "/clusters/" + cluster, "/articles/" + article, "/timeline", "/entities/" + entity)) {
      shows(path, page(path), text(CONTENT));
    }
    // Not a query Lucene can read (the quotes and brackets): the page says so, and keeps what was typed.
    String search = page("/search?q=" + URLEncoder.encode(CONTENT, StandardCharsets.UTF_8), 400);
    shows("the search box", search, "value=\"" + attribute(CONTENT) + "\"");
    shows("the search's error", search, "Cannot read the query '" + text(CONTENT));
  }

  @Test
  void theEntityIsEscapedInTextAndInAttributes() throws Exception {
    for (String path : List.of("/entities", "/entities/" + entity, "/clusters/" + cluster, "/articles/" + article, "/sources", "/timeline", "/search?q=troops")) {
      shows(path, page(path), text(ENTITY));
    }
    String view = page("/articles/" + article);
    shows("a claim's mark", view, "title=\"" + attribute(ENTITY) + " · claimed\"");
    String q = URLEncoder.encode(ENTITY, StandardCharsets.UTF_8);
    shows("the timeline's entity box", page("/timeline?entity=" + q), "value=\"" + attribute(ENTITY) + "\"");
    shows("the entity search box", page("/entities?q=" + q), "value=\"" + attribute(ENTITY) + "\"");
    shows("a link to the source's timeline", page("/sources"), "href=\"/timeline?entity=" + attribute(q) + "\"");
  }
}
