package org.claimtrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClusterStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Analyst edits, the upload ledger and the workbench views, on H2 and PostgreSQL. */
class WorkbenchStoreTest {
  @org.junit.jupiter.api.io.TempDir static java.nio.file.Path dir;

  private static ClaimCluster cluster(long claimId) {
    String m = String.valueOf(claimId);
    return new ClaimCluster("k", "troops crossed", List.of(m), List.of("HUR"), List.of("Test Wire"),
        List.of(new ClaimCluster.Change(Optional.of(Instant.parse("2024-10-23T00:00:00Z")), ClusterStatus.CLAIMED, m, "first made by HUR")));
  }

  @ParameterizedTest
  @MethodSource("org.claimtrail.store.StoreTest#databases")
  void statusOverrideAppliesNowAndSurvivesTheNextLinkingRun(String db) {
    try (Store store = StoreTest.open(db, dir)) {
      Store.Saved saved = store.store(StoreTest.article("https://x.example/1", "HUR said troops crossed the border.", 1), Optional.empty());
      long claim = saved.claimIds().get(0);
      long first = store.replaceLinks(Map.of(), List.of(cluster(claim))).get(0);
      Edits edits = new Edits(store);
      edits.overrideStatus(first, "Confirmed", "satellite images");
      Queries q = new Queries(store);
      assertEquals("confirmed", q.cluster(first).orElseThrow().status());
      // A new linking run renumbers clusters and recomputes status from claims: the override is re-applied.
      long second = store.replaceLinks(Map.of(), List.of(cluster(claim))).get(0);
      assertTrue(second != first, "clusters are renumbered");
      Queries.ClusterView v = q.cluster(second).orElseThrow();
      assertEquals("confirmed", v.status());
      assertEquals("analyst: satellite images", v.history().get(v.history().size() - 1).reason());
      assertThrows(IllegalArgumentException.class, () -> edits.overrideStatus(second, "true-ish", "x"));
      assertThrows(IllegalArgumentException.class, () -> edits.overrideStatus(second, "confirmed", " "));
      assertThrows(IllegalArgumentException.class, () -> edits.overrideStatus(999_999, "confirmed", "x"));
      assertEquals(1, q.recentChanges(5).stream().filter(c -> c.change().status().equals("confirmed")).count());
    }
  }

  @ParameterizedTest
  @MethodSource("org.claimtrail.store.StoreTest#databases")
  void aliasesAreStoredAsAnAliasFileAndListedOnTheEntity(String db) {
    try (Store store = StoreTest.open(db, dir)) {
      ArticleClaims ac = StoreTest.article("https://x.example/2", "Kyrylo Budanov said troops crossed.", 1);
      store.store(ac, Optional.empty());
      Edits edits = new Edits(store);
      edits.addAlias("Budanov", "Kyrylo Budanov", "person");
      edits.addAlias("Budanov", "Kyrylo Budanov", "PERSON");
      assertEquals(1, edits.aliases().size(), "re-adding an alias replaces it");
      assertTrue(edits.aliasFile().contains("Kyrylo Budanov\tPERSON\tBudanov\n"), edits.aliasFile());
      EntityQueries entities = new EntityQueries(store);
      assertEquals(List.of("North Korea"), entities.list(Optional.of("dprk"), Optional.empty(), 10, 0).stream().map(EntityQueries.EntitySummary::name).toList(),
          "found by alias, case-insensitively");
      assertTrue(entities.list(Optional.of("100%_"), Optional.empty(), 10, 0).isEmpty(), "LIKE wildcards in the query match themselves");
      long austin = entities.byName("lloyd austin").orElseThrow();
      EntityQueries.EntityView v = entities.entity(austin, 10).orElseThrow();
      assertEquals(1, v.claimsBy().size());
      assertEquals(List.of("US Defense Secretary"), v.roles());
      assertEquals(1, v.record().claims());
      assertThrows(IllegalArgumentException.class, () -> edits.addAlias("x", "y", "PLANET"));
      assertThrows(IllegalArgumentException.class, () -> edits.addAlias("a\tb", "y", "PERSON"));
      assertThrows(IllegalArgumentException.class, () -> edits.addAlias("a".repeat(600), "y", "PERSON"));
    }
  }

  @ParameterizedTest
  @MethodSource("org.claimtrail.store.StoreTest#databases")
  void uploadLedgerFindsUnfinishedUploads(String db) {
    try (Store store = StoreTest.open(db, dir)) {
      Uploads u = new Uploads(store);
      u.received("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-00000000000a", "a.html", "/tmp/a.html", 10);
      u.received("00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-00000000000a", "b.html", "/tmp/b.html", 20);
      u.state("00000000-0000-0000-0000-000000000001", Uploads.RUNNING);
      u.finished("00000000-0000-0000-0000-000000000002", Uploads.DONE, new Uploads.Counts(4, 2, 1, 1, 1, 3), "");
      assertEquals(List.of("a.html"), u.unfinished().stream().map(Uploads.Upload::name).toList());
      Uploads.Upload b = u.job("00000000-0000-0000-0000-00000000000a").get(1);
      assertEquals(3, b.claims());
      assertEquals(List.of(4, 2, 1, 1, 1), List.of(b.documents(), b.articles(), b.unchanged(), b.skipped(), b.failed()));
      assertTrue(b.errors().isEmpty(), "an empty error list is stored as none");
    }
  }

  @ParameterizedTest
  @MethodSource("org.claimtrail.store.StoreTest#databases")
  void articleViewHasClaimsWithOffsetsAndRemovedBoilerplate(String db) {
    try (Store store = StoreTest.open(db, dir)) {
      ArticleClaims ac = StoreTest.article("https://x.example/3", "HUR said troops crossed the border.", 2);
      var a = ac.article();
      var withRemoved = new ArticleClaims(new org.claimtrail.model.Article(a.id(), a.origin(), a.url(), a.title(), a.publisher(), a.authors(), a.published(),
          a.modified(), a.language(), a.paragraphs(), List.of(new org.claimtrail.model.Article.RemovedBlock("JOIN US ON TELEGRAM", "boilerplate-line")),
          a.contentHash()), ac.entities(), ac.mentions(), ac.claims());
      long id = store.store(withRemoved, Optional.empty()).articleId();
      ArticleQueries.ArticleView v = new ArticleQueries(store).article(id).orElseThrow();
      assertEquals(ac.claims().size(), v.claims().size());
      assertEquals(ac.claims().get(0).start(), v.claims().get(0).start());
      assertEquals(List.of(new ArticleQueries.Removed("boilerplate-line", "JOIN US ON TELEGRAM")), v.removed());
      assertEquals(1, new ArticleQueries(store).list(Optional.of("Test Wire"), 10, 0).size());
      assertEquals(0, new ArticleQueries(store).list(Optional.of("Other"), 10, 0).size());
      assertTrue(new ArticleQueries(store).article(id + 1000).isEmpty());
    }
  }
}
