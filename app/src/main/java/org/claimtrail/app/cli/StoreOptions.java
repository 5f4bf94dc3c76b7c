package org.claimtrail.app.cli;

import java.nio.file.Path;
import org.claimtrail.store.Store;
import picocli.CommandLine.Option;

/** Where the store and its search index are: the options every store command shares (a picocli mixin). */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "URL", description = "JDBC URL (jdbc:h2:file:… or jdbc:postgresql://…). Default: an H2 file under ./claimtrail-data.")
  String db;

  @Option(names = "--index", paramLabel = "DIR", description = "Search index folder. Default: ./claimtrail-data/index.")
  Path index;

  String url() {
    return db != null ? db : Store.h2Url(Path.of("claimtrail-data"));
  }

  /** Where the server keeps uploaded files: beside the index. */
  Path uploadDir() {
    Path idx = indexDir().toAbsolutePath();
    return (idx.getParent() != null ? idx.getParent() : idx).resolve("uploads");
  }

  Path indexDir() {
    return index != null ? index : Path.of("claimtrail-data", "index");
  }
}
