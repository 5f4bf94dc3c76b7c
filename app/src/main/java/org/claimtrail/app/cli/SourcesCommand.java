package org.claimtrail.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimtrail.store.Queries;
import org.claimtrail.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimtrail sources}: track records of the sources. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "Per source: claims made and how their clusters fared (run 'link' first).")
final class SourcesCommand implements Callable<Integer> {
  @Mixin StoreOptions where;

  @Option(names = "--limit", defaultValue = "30", description = "The sources with most claims (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    try (Store store = Store.open(where.url())) {
      System.out.printf(Locale.ROOT, "%-34s %-12s %7s %8s %12s %9s %8s %9s%n", "SOURCE", "TYPE", "CLAIMS", "CLUSTERS", "CORROBORATED", "CONFIRMED", "DISPUTED", "RETRACTED");
      for (Queries.SourceRecord r : new Queries(store).sources(limit)) {
        System.out.printf(Locale.ROOT, "%-34s %-12s %7d %8d %12d %9d %8d %9d%n", r.source().replaceAll("(.{34}).+", "$1"), r.type(), r.claims(), r.clusters(),
            r.corroborated(), r.confirmed(), r.disputed(), r.retracted());
      }
    }
    return 0;
  }
}
