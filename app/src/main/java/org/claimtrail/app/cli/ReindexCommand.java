package org.claimtrail.app.cli;

import java.util.concurrent.Callable;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.Indexer;
import org.claimtrail.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimtrail reindex}: rebuilds the search index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuilds the search index from the database (the database is the truth).")
final class ReindexCommand implements Callable<Integer> {
  @Mixin StoreOptions where;

  @Override
  public Integer call() {
    String url = where.url();
    try (Store store = Store.open(url);
        SearchIndex search = SearchIndex.open(where.indexDir())) {
      long n = Indexer.rebuild(store, search);
      System.err.println("reindex: " + n + " documents indexed from " + url);
    }
    return 0;
  }
}
