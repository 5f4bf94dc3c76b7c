package org.claimtrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.claimtrail.store.search.Indexer;
import org.claimtrail.store.search.SearchHit;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.store.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir Path dir;

  @Test
  void findsClaimsWithFiltersHighlightsAndRebuildsFromTheDatabase() {
    try (Store store = Store.open(Store.h2Url(dir.resolve("db")));
        SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
      var a = StoreTest.article("https://x.example/s", "North Korean troops <script>alert(1)</script> are in Russia", 2);
      Store.Saved saved = store.store(a, Optional.empty());
      Indexer.index(index, a, saved);
      index.commit();
      List<SearchHit> hits = index.search(SearchQuery.of("content"));
      assertEquals(2, hits.size(), hits::toString);
      assertTrue(hits.get(0).snippet().contains("<b>content</b>"), hits.get(0).snippet());
      SearchQuery confirmed = new SearchQuery("content", Optional.of("claim"), Optional.of("confirmed"), Optional.of("lloyd austin"),
          Optional.of("North Korea"), Optional.of("test wire"), Optional.of(Instant.parse("2024-01-01T00:00:00Z")), Optional.empty(), 10);
      assertEquals(2, index.search(confirmed).size());
      SearchQuery denied = new SearchQuery("content", Optional.empty(), Optional.of("denied"), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), 10);
      assertEquals(0, index.search(denied).size());
      List<SearchHit> article = index.search(SearchQuery.of("troops Russia"));
      assertEquals("article", article.get(0).type());
      assertTrue(article.get(0).snippet().contains("&lt;script&gt;"), "article text is escaped in snippets: " + article.get(0).snippet());
      assertThrows(IllegalArgumentException.class, () -> index.search(SearchQuery.of("troops AND (")));
      assertEquals(3, Indexer.rebuild(store, index));
      assertEquals(2, index.search(SearchQuery.of("content")).size());
    }
  }
}
