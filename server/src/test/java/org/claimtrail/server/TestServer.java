package org.claimtrail.server;

import io.javalin.Javalin;
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

/**
 * A real server on a random port over a real H2 store holding one hostile article (script and
 * image tags in its text and source name), one claim and one cluster.
 */
record TestServer(Store store, SearchIndex index, Javalin app, long clusterId, List<String> jobs, Path uploads) implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789abcdef";
  static final long MAX_UPLOAD = 64 * 1024;
  static final String HOSTILE = "troops <script>window.__xss = 1; alert('x')</script> crossed the border";

  static TestServer start(Path dir) {
    return start(dir, false);
  }

  static TestServer start(Path dir, boolean closedReads) {
    Store store = Store.open(Store.h2Url(dir.resolve("db")));
    SearchIndex index = SearchIndex.open(dir.resolve("index"));
    Article a = new Article("a1", "t", Optional.of("https://x.example/1"), Optional.of("Title <b>"), Optional.of("Test Wire"), List.of(),
        Optional.of(Instant.parse("2024-10-20T00:00:00Z")), Optional.empty(), Optional.of("en"), List.of(HOSTILE), List.of(new Article.RemovedBlock("Read next: <script>window.__xss = 2</script>", "related-list")), "h1");
    Claim c = new Claim("a1", new ClaimSource("HUR <img src=x onerror=alert(1)>", EntityType.ORGANIZATION, Optional.empty(), Optional.empty(), "HUR", 0, 3),
        "claimed", "claim", 0, Stance.CLAIMED, QuoteType.INDIRECT, 0, HOSTILE.length(), HOSTILE, List.of("media reports"), Optional.empty(), 0.9);
    org.claimtrail.model.Entity hur = new org.claimtrail.model.Entity("e1", "HUR <img src=x onerror=alert(1)>", EntityType.ORGANIZATION, List.of("<b>HUR</b>"),
        Optional.of("spy <i>agency</i>"));
    ArticleClaims ac = new ArticleClaims(a, List.of(hur), List.of(new org.claimtrail.model.Mention(0, 6, "troops", "e1")), List.of(c));
    Store.Saved saved = store.store(ac, Optional.empty());
    Indexer.index(index, ac, saved);
    index.commit();
    String member = String.valueOf(saved.claimIds().get(0));
    ClaimCluster cluster = new ClaimCluster("k", HOSTILE, List.of(member), List.of("HUR <img src=x onerror=alert(1)>"), List.of("Test Wire"),
        List.of(new ClaimCluster.Change(Optional.of(Instant.parse("2024-10-20T00:00:00Z")), ClusterStatus.CLAIMED, member, "first made by HUR")));
    long clusterId = store.replaceLinks(Map.of(saved.articleId(), saved.articleId()), List.of(cluster)).get(0);
    // The queue records jobs: these tests are about receiving files safely; the app module's
    // tests ingest uploads with the real pipeline.
    List<String> jobs = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Path uploads = dir.resolve("uploads");
    ServerOptions options = new ServerOptions(Optional.of(TOKEN), closedReads, MAX_UPLOAD, uploads, Optional.of(jobs::add));
    Javalin app = ClaimtrailServer.create(store, index, options).start("127.0.0.1", 0);
    return new TestServer(store, index, app, clusterId, jobs, uploads);
  }

  String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  @Override
  public void close() {
    app.stop();
    index.close();
    store.close();
  }
}
