package org.claimtrail.bench;

import java.nio.file.Path;
import java.util.List;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;

/**
 * Makes a store of a given size for load tests: copies of the real articles of a source store
 * (under new URLs, so each is a new article) into DIR/claimtrail (H2) with its index in DIR/index,
 * the layout {@code claimtrail serve --db jdbc:h2:file:DIR/claimtrail --index DIR/index} reads.
 * Usage: GrowStore SOURCE_JDBC_URL DIR CLAIMS
 */
public final class GrowStore {
  private GrowStore() {}

  public static void main(String[] args) {
    List<ArticleClaims> real = StoreBench.load(args[0]);
    Path dir = Path.of(args[1]);
    try (Store store = Store.open(Store.h2Url(dir));
        SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
      StoreBench.fill(store, index, real, Integer.parseInt(args[2]));
    }
  }
}
