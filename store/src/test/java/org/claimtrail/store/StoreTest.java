package org.claimtrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.Entity;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.Mention;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every store test runs on both databases: embedded H2 in a temp folder, and the PostgreSQL
 * server that {@code run-tests} starts ({@code CLAIMTRAIL_TEST_PG_URL}; each test gets a fresh
 * schema). Without that variable, the PostgreSQL cases fail with a message saying so.
 */
class StoreTest {
  @TempDir static Path dir;

  static Stream<String> databases() {
    return Stream.of("h2", "postgresql");
  }

  private static int counter;

  private static Store open(String kind) {
    return open(kind, dir);
  }

  /** A fresh store of the kind: an H2 file under {@code tmp}, or a new schema on the test PostgreSQL. */
  static Store open(String kind, Path tmp) {
    counter++;
    if (kind.equals("h2")) {
      return Store.open(Store.h2Url(tmp.resolve("db" + counter)));
    }
    String pg = System.getenv("CLAIMTRAIL_TEST_PG_URL");
    if (pg == null) {
      throw new IllegalStateException("CLAIMTRAIL_TEST_PG_URL is not set: run the tests with ./run-tests, which starts PostgreSQL");
    }
    String schema = "t" + ProcessHandle.current().pid() + "_" + counter;
    try (var c = java.sql.DriverManager.getConnection(pg)) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create schema on " + pg, e);
    }
    return Store.open(pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  static ArticleClaims article(String url, String text, int claims) {
    Article a = new Article("id-" + text.hashCode(), "test#" + url, Optional.ofNullable(url), Optional.of("Title"), Optional.of("Test Wire"),
        List.of("A. Writer"), Optional.of(Instant.parse("2024-10-23T00:00:00Z")), Optional.empty(), Optional.of("en"),
        List.of(text), List.of(), Integer.toHexString(text.hashCode()) + "0".repeat(56));
    Entity austin = new Entity("e1", "Lloyd Austin", EntityType.PERSON, List.of("Austin"), Optional.of("US Defense Secretary"));
    Entity nk = new Entity("e2", "North Korea", EntityType.COUNTRY, List.of("DPRK", "Pyongyang"), Optional.empty());
    List<Claim> cs = new ArrayList<>();
    for (int i = 0; i < claims; i++) {
      cs.add(new Claim(a.id(), new ClaimSource("Lloyd Austin", EntityType.PERSON, Optional.of("US Defense Secretary"), Optional.of("e1"), "Austin", 0, 6),
          "said", "say", 7, Stance.CONFIRMED, QuoteType.INDIRECT, 12, 20, "content " + i, List.of("The Washington Post"), Optional.of("2024-10-22"), 0.9));
    }
    return new ArticleClaims(a, List.of(austin, nk), List.of(new Mention(0, 6, "Austin", "e1"), new Mention(30, 34, "DPRK", "e2")), cs);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void everyClaimComesOutOnceInIdOrderWithItsViaAcrossExportBatches(String db) {
    try (Store store = open(db)) {
      for (int i = 0; i < 150; i++) {
        store.save(article("https://export.example/" + i, "export text " + i, 7), Optional.empty()); // 1,050 claims
      }
      List<Queries.ClaimRow> rows = new ArrayList<>();
      new Queries(store).forEachClaim(rows::add);
      assertEquals(1050, rows.size());
      assertEquals(rows.stream().map(Queries.ClaimRow::id).sorted().distinct().toList(), rows.stream().map(Queries.ClaimRow::id).toList(), "each once, in id order");
      assertTrue(rows.stream().allMatch(r -> r.via().equals(List.of("The Washington Post"))), "the chain of every claim, past the first thousand too");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void reingestingIsANoOpAndAChangedTextIsARevision(String db) {
    try (Store store = open(db)) {
      assertEquals(SaveOutcome.NEW, store.save(article("https://x.example/a", "first text", 2), Optional.empty()));
      assertEquals(SaveOutcome.UNCHANGED, store.save(article("https://x.example/a", "first text", 2), Optional.empty()));
      assertEquals(SaveOutcome.REVISION, store.save(article("https://x.example/a", "second text", 3), Optional.empty()));
      assertEquals(SaveOutcome.NEW, store.save(article(null, "no url text", 1), Optional.empty()));
      assertEquals(SaveOutcome.UNCHANGED, store.save(article(null, "no url text", 1), Optional.empty()));
      var counts = store.counts();
      assertEquals(3, counts.get("articles"));
      assertEquals(2, counts.get("entities"), "entities are shared across articles");
      assertEquals(6, counts.get("claims"), "both revisions keep their claims");
      assertEquals(6, counts.get("claim_via"));
      assertEquals(6, counts.get("mentions"));
      assertEquals(3, counts.get("entity_aliases"));
      List<Queries.Revision> revisions = new Queries(store).revisions("https://x.example/a");
      assertEquals(List.of(1, 2), revisions.stream().map(Queries.Revision::revision).toList());
      assertEquals(2, revisions.get(0).claims().size());
      assertEquals(3, revisions.get(1).claims().size(), "the difference between revisions is queryable");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void holdsAnArticleExactlyWhenSavingItWouldChangeNothing(String db) {
    try (Store store = open(db)) {
      ArticleClaims first = article("https://x.example/h", "first text", 2);
      ArticleClaims noUrl = article(null, "no url text", 1);
      assertFalse(store.holds(first.article()), "nothing stored yet");
      store.save(first, Optional.empty());
      store.save(noUrl, Optional.empty());
      assertTrue(store.holds(first.article()));
      assertTrue(store.holds(noUrl.article()), "an article without a URL, by its text");
      assertFalse(store.holds(article("https://x.example/h", "second text", 2).article()), "a new text under the URL: a revision to make");
      assertFalse(store.holds(article("https://x.example/other", "first text", 2).article()), "the same text under another URL");
      store.save(article("https://x.example/h", "second text", 2), Optional.empty());
      assertFalse(store.holds(first.article()), "the first text is no longer the latest revision: saving it is a new one");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aFailedArticleLeavesWhatWasStoredIntact(String db) {
    try (Store store = open(db)) {
      store.save(article("https://x.example/ok", "kept text", 2), Optional.empty());
      ArticleClaims ok = article("https://x.example/bad", "bad text", 1);
      // A said-when longer than its column (our own code writes at most a dozen characters there,
      // so the store does not cut it) fails inside the transaction, after the article row.
      Claim c = ok.claims().get(0);
      ArticleClaims bad = new ArticleClaims(ok.article(), ok.entities(), ok.mentions(), List.of(new Claim(c.articleId(), c.source(), c.cue(),
          c.cueLemma(), c.cueStart(), c.stance(), c.quote(), c.start(), c.end(), c.content(), c.via(), Optional.of("x".repeat(40)), c.confidence())));
      assertThrows(RuntimeException.class, () -> store.save(bad, Optional.empty()));
      var counts = store.counts();
      assertEquals(1, counts.get("articles"), "the failed article was rolled back whole");
      assertEquals(2, counts.get("claims"));
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void runsCountTheirOutcomes(String db) {
    try (Store store = open(db)) {
      long run = store.startRun("a.jsonl");
      SaveOutcome o = store.save(article("https://x.example/r", "run text", 1), Optional.of(run));
      store.finishRun(run, 3, java.util.Map.of(o, 1), 1, 1);
      java.util.Map<String, Object> row = store.jdbi().withHandle(h -> h.createQuery("SELECT documents, new_articles, skipped, failed FROM ingest_runs WHERE id = :id")
          .bind("id", run).mapToMap().one());
      assertEquals(java.util.Map.of("documents", 3, "new_articles", 1, "skipped", 1, "failed", 1), row);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void reopeningKeepsTheData(String db) {
    if (!db.equals("h2")) {
      return; // a fresh schema per open: the H2 file case is the one that can be reopened
    }
    Path file = dir.resolve("reopen");
    try (Store store = Store.open(Store.h2Url(file))) {
      store.save(article("https://x.example/k", "kept", 1), Optional.empty());
    }
    try (Store store = Store.open(Store.h2Url(file))) {
      assertEquals(1, store.counts().get("articles"));
      assertEquals(SaveOutcome.UNCHANGED, store.save(article("https://x.example/k", "kept", 1), Optional.empty()));
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void unresolvedPronounsHaveNoTrackRecordTogether(String db) {
    try (Store store = open(db)) {
      store.save(article("https://x.example/u1", "austin text", 1), Optional.empty());
      for (String url : List.of("https://x.example/u2", "https://x.example/u3")) {
        ArticleClaims a = article(url, "pronoun text " + url, 0);
        Claim she = new Claim(a.article().id(), new ClaimSource("she" + ClaimSource.UNRESOLVED, EntityType.PERSON, Optional.empty(), Optional.empty(),
            "She", 0, 3), "said", "say", 4, Stance.ASSERTED, QuoteType.INDIRECT, 9, 20, "it rained", List.of(), Optional.empty(), 0.65);
        store.save(new ArticleClaims(a.article(), a.entities(), a.mentions(), List.of(she)), Optional.empty());
      }
      assertEquals(3, store.counts().get("claims"), "the claims are stored");
      Queries q = new Queries(store);
      assertEquals(List.of("Lloyd Austin"), q.sources(5).stream().map(Queries.SourceRecord::source).toList());
      assertEquals(List.of("Lloyd Austin"), q.activeSources(5).stream().map(Queries.SourceRecord::source).toList());
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void linkResultsReplaceTheLastRunAndAreQueryable(String db) {
    try (Store store = open(db)) {
      Store.Saved saved = store.store(article("https://x.example/l", "linked text", 2), Optional.empty());
      List<String> members = saved.claimIds().stream().map(String::valueOf).toList();
      var change = new org.claimtrail.model.ClaimCluster.Change(Optional.of(Instant.parse("2024-10-23T00:00:00Z")),
          org.claimtrail.model.ClusterStatus.CONFIRMED, members.get(0), "Lloyd Austin confirmed it");
      var cluster = new org.claimtrail.model.ClaimCluster("k", "content 0", members, List.of("Lloyd Austin"), List.of("Test Wire"), List.of(change));
      store.replaceLinks(java.util.Map.of(saved.articleId(), saved.articleId()), List.of(cluster));
      List<Long> ids = store.replaceLinks(java.util.Map.of(saved.articleId(), saved.articleId()), List.of(cluster));
      assertEquals(1, store.counts().get("claim_clusters"), "a new run replaces the old one");
      Queries q = new Queries(store);
      Queries.ClusterView v = q.cluster(ids.get(0)).orElseThrow();
      assertEquals("confirmed", v.status());
      assertEquals(2, v.members().size());
      assertEquals(List.of("The Washington Post"), v.members().get(0).via());
      assertEquals(ids.get(0), q.clusterOfClaim(saved.claimIds().get(1)).orElseThrow());
      List<Long> asked = new ArrayList<>(saved.claimIds());
      asked.add(-1L); // a claim in no cluster is left out
      assertEquals(java.util.Map.of(saved.claimIds().get(0), ids.get(0), saved.claimIds().get(1), ids.get(0)), q.clustersOfClaims(asked));
      Queries.SourceRecord austin = q.sources(5).get(0);
      assertEquals("Lloyd Austin", austin.source());
      assertEquals("Lloyd Austin", q.activeSources(5).get(0).source());
      assertEquals(1, austin.confirmed());
      assertEquals(2, q.timeline(Optional.of("north korea"), Optional.empty(), Optional.empty(), 10).size(), "mentioned entities count");
      assertEquals(0, q.timeline(Optional.of("x' OR '1'='1"), Optional.empty(), Optional.empty(), 10).size(), "filters are bound, not spliced");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aSaveWaitsForAConcurrentWriterOfTheSameEntity(String db) throws Exception {
    try (Store store = open(db)) {
      // Another writer has inserted North Korea and not committed yet: the unique key refuses this
      // save's insert (H2 at once, PostgreSQL once the other commits) until that row is visible.
      try (var other = store.jdbi().open()) {
        other.begin();
        other.execute("INSERT INTO entities (canonical, type) VALUES ('North Korea', 'COUNTRY')");
        var saving = java.util.concurrent.CompletableFuture.supplyAsync(() -> store.save(article("https://x.example/race", "race text", 1), Optional.empty()));
        Thread.sleep(300);
        other.commit();
        assertEquals(SaveOutcome.NEW, saving.get(30, java.util.concurrent.TimeUnit.SECONDS));
      }
      assertEquals(2L, store.counts().get("entities"), "one North Korea, one Lloyd Austin");
      assertEquals(1L, store.counts().get("articles"));
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void linkingReadsEachClaimWithItsEntityChainAndArticle(String db) {
    try (Store store = open(db)) {
      Store.Saved first = store.store(article("https://x.example/l1", "link text one", 2), Optional.empty());
      store.save(article("https://x.example/l1", "link text one, revised", 1), Optional.empty());
      LinkQueries q = new LinkQueries(store);
      List<org.claimtrail.model.ClaimToLink> claims = q.claims();
      assertEquals(3, claims.size());
      org.claimtrail.model.ClaimToLink c = claims.get(0);
      assertEquals(Long.toString(first.claimIds().get(0)), c.id());
      assertEquals(Long.toString(first.articleId()), c.articleId());
      assertEquals("Lloyd Austin", c.sourceName());
      assertEquals(Optional.of("Lloyd Austin"), c.sourceEntity(), "the canonical name of the source's entity");
      assertEquals(List.of("The Washington Post"), c.via());
      assertEquals(Optional.of(Instant.parse("2024-10-23T00:00:00Z")), c.published());
      assertEquals(Optional.of("Test Wire"), c.publisher());
      assertEquals(Stance.CONFIRMED, c.stance());
      List<String> articles = new ArrayList<>();
      q.forEachArticle(a -> articles.add(a.id() + " " + a.body()));
      assertEquals(List.of(first.articleId() + " link text one", (first.articleId() + 1) + " link text one, revised"), articles);
      LinkQueries.StoredIds latest = q.latestRevisions().get("https://x.example/l1");
      assertEquals(first.articleId() + 1, latest.articleId(), "the latest revision");
      assertEquals(1, latest.claimIds().size());
    }
  }
}
