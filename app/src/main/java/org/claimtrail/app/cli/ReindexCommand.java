package org.claimtrail.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.Indexer;
import org.claimtrail.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimtrail reindex}: rebuilds the search index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuilds the search index from the database (the database is the truth).")
final class ReindexCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "URL", description = "JDBC URL. Default: an H2 file under ./claimtrail-data.")
  String db;

  @Option(names = "--index", paramLabel = "DIR", description = "Search index folder. Default: ./claimtrail-data/index.")
  Path index;

  @Override
  public Integer call() {
    String url = db != null ? db : Store.h2Url(Path.of("claimtrail-data"));
    try (Store store = Store.open(url);
        SearchIndex search = SearchIndex.open(index != null ? index : Path.of("claimtrail-data", "index"))) {
      long n = Indexer.rebuild(store, search);
      System.err.println("reindex: " + n + " documents indexed from " + url);
    }
    return 0;
  }
}
