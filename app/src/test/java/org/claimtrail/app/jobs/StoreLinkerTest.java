package org.claimtrail.app.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.store.Edits;
import org.claimtrail.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking a store with the linker of a pipeline that has the store's analyst aliases. */
class StoreLinkerTest {
  @TempDir Path dir;

  private static ArticleClaims article(String url, String source, String content, String day) {
    Article a = new Article(url, "test#" + url, Optional.of(url), Optional.of("Title"), Optional.of(source + " Wire"), List.of(),
        Optional.of(Instant.parse(day + "T00:00:00Z")), Optional.empty(), Optional.of("en"), List.of(content), List.of(),
        Integer.toHexString(url.hashCode()) + "0".repeat(56));
    Claim c = new Claim(a.id(), new ClaimSource(source, EntityType.ORGANIZATION, Optional.empty(), Optional.empty(), source, 0, 1), "said", "say", 0,
        Stance.CLAIMED, QuoteType.INDIRECT, 0, content.length(), content, List.of(), Optional.empty(), 0.9);
    return new ArticleClaims(a, List.of(), List.of(), List.of(c));
  }

  /** The number of clusters after linking the store with its analysts' aliases. */
  private int clusters(Store store) {
    AnalystAliases aliases = new AnalystAliases(store, Claimtrail.pipeline(), dir.resolve("analyst-aliases.tsv"));
    return StoreLinker.link(store, aliases.pipeline().linker()).links().clusters().size();
  }

  @Test
  void anAliasAnAnalystAddedReachesClustering() {
    try (Store store = Store.open(Store.h2Url(dir.resolve("db")))) {
      store.save(article("https://a.example/1", "HUR", "Zorbania deployed troops", "2024-10-10"), Optional.empty());
      store.save(article("https://b.example/2", "NIS", "North Korea deployed troops", "2024-10-11"), Optional.empty());
      assertEquals(2, clusters(store), "two names, two claims");
      new Edits(store).addAlias("Zorbania", "North Korea", "COUNTRY");
      assertEquals(1, clusters(store), "the analyst's alias makes them one claim, corroborated by two origins");
    }
  }
}
