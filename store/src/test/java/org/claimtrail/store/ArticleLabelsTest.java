package org.claimtrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.store.search.Indexer;
import org.claimtrail.store.search.SearchHit;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.store.search.SearchQuery;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every view of a stored article names it the same way: its title, or for an untitled one its first sentence. */
class ArticleLabelsTest {
  @TempDir static Path dir;

  static Stream<String> databases() {
    return StoreTest.databases();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void anUntitledArticleIsNamedByItsFirstSentenceInListsClaimsRevisionsAndSearch(String db) {
    ArticleClaims titled = StoreTest.article("https://x.example/titled", "North Korean troops are in Russia. Austin said so.", 1);
    ArticleClaims plain = StoreTest.article("https://x.example/plain", "Austin confirmed the troops are in Russia. He said more.", 1);
    Article a = plain.article();
    plain = new ArticleClaims(new Article(a.id(), a.origin(), a.url(), Optional.empty(), a.publisher(), a.authors(), a.published(), a.modified(),
        a.language(), a.paragraphs(), a.removed(), a.contentHash()), plain.entities(), plain.mentions(), plain.claims());
    try (Store store = StoreTest.open(db, dir);
        SearchIndex index = SearchIndex.open(dir.resolve("index-" + db))) {
      for (ArticleClaims ac : List.of(titled, plain)) {
        Indexer.index(index, ac, store.store(ac, Optional.empty()));
      }
      index.commit();
      String first = "Austin confirmed the troops are in Russia.";
      var articles = new ArticleQueries(store).list(Optional.empty(), 10, 0);
      assertEquals(List.of(first, "Title"), articles.stream().map(ArticleQueries.ArticleSummary::label).sorted().toList());
      var rows = new Queries(store).timeline(Optional.empty(), Optional.empty(), Optional.empty(), 10);
      assertEquals(List.of(first, "Title"), rows.stream().map(Queries.ClaimRow::articleLabel).sorted().toList());
      assertEquals(first, new Queries(store).revisions("https://x.example/plain").get(0).label());
      List<SearchHit> hits = index.search(SearchQuery.of("confirmed"));
      assertEquals(List.of(first), hits.stream().map(SearchHit::label).distinct().toList());
      assertEquals(Optional.of("Test Wire"), hits.get(0).publisher());
      Indexer.rebuild(store, index);
      assertEquals(List.of(first), index.search(SearchQuery.of("confirmed")).stream().map(SearchHit::label).distinct().toList(), "and after a rebuild");
      assertFalse(Indexer.catchUp(store, index), "an index this version wrote is current");
    }
  }

  /** An index written before labels were stored is rebuilt when opened, so its hits get them. */
  @ParameterizedTest
  @MethodSource("databases")
  void anIndexWithoutLabelsIsRebuilt(String db) throws Exception {
    Path old = dir.resolve("old-index-" + db);
    ArticleClaims ac = StoreTest.article("https://x.example/old", "Austin confirmed the troops are in Russia.", 1);
    try (Store store = StoreTest.open(db, dir)) {
      store.store(ac, Optional.empty());
      // What an index of the previous version holds: the same documents, committed without a layout.
      try (var writer = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(old),
          new org.apache.lucene.index.IndexWriterConfig(new org.apache.lucene.analysis.en.EnglishAnalyzer()))) {
        writer.addDocument(new org.apache.lucene.document.Document());
        writer.addDocument(new org.apache.lucene.document.Document());
        writer.commit();
      }
      try (SearchIndex index = SearchIndex.open(old)) {
        assertTrue(Indexer.catchUp(store, index), "rebuilt: it has one document per article and claim, but not their labels");
        assertEquals("Title", index.search(SearchQuery.of("confirmed")).get(0).label());
      }
    }
  }
}
