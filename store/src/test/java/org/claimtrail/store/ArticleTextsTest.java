package org.claimtrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ArticleQueries#texts}: many articles' texts and claims at once, the same as reading each one's page, on H2 and PostgreSQL. */
class ArticleTextsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("org.claimtrail.store.StoreTest#databases")
  void manyArticlesInTheOrderAskedAsTheArticlePageReadsEach(String db) {
    try (Store store = StoreTest.open(db, dir)) {
      long a = store.store(StoreTest.article("https://t.example/a", "text of a", 2), Optional.empty()).articleId();
      long b = store.store(StoreTest.article("https://t.example/b", "text of b", 0), Optional.empty()).articleId();
      long c = store.store(StoreTest.article("https://t.example/c", "text of c", 3), Optional.empty()).articleId();
      ArticleQueries q = new ArticleQueries(store);
      List<ArticleQueries.ArticleText> texts = q.texts(List.of(c, 999_999L, a, b));
      assertEquals(List.of(c, a, b), texts.stream().map(t -> t.summary().id()).toList(), "in the order asked, an id not stored left out");
      for (ArticleQueries.ArticleText t : texts) {
        ArticleQueries.ArticleView page = q.article(t.summary().id()).orElseThrow();
        assertEquals(page.summary(), t.summary());
        assertEquals(page.body(), t.body());
        assertEquals(page.claims(), t.claims(), "each claim with its intermediaries and cluster");
      }
      assertEquals(List.of("The Washington Post"), texts.get(0).claims().get(0).via());
      assertEquals(List.of(), q.texts(List.of()));
    }
  }
}
