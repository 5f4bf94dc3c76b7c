package org.claimtrail.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimtrail.app.jobs.StoreLinker;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/**
 * {@code claimtrail link}: links the stored claims across articles and prints the claim clusters
 * with their independent origins and status. The results replace the previous run's in the
 * store, in one transaction.
 */
@Command(name = "link", mixinStandardHelpOptions = true, description = "Near-duplicate articles and claim clusters across the store, with origins and status.")
final class LinkCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin StoreOptions where;

  @Option(names = "--min-size", description = "Show clusters with at least this many claims (default ${DEFAULT-VALUE}).", defaultValue = "2")
  int minSize;

  @Option(names = "--threshold", description = "Least content-word Jaccard similarity of one claim (default ${DEFAULT-VALUE}).", defaultValue = "0.5")
  double threshold;

  @Override
  public Integer call() {
    String url = where.url();
    try (Store store = Store.open(url)) {
      StoreLinker.Result r = StoreLinker.link(store, threshold);
      List<ClaimCluster> clusters = r.clusters();
      List<Long> ids = r.ids();
      System.out.printf(Locale.ROOT, "%d articles (%d groups of near-duplicates), %d claims, %d clusters (%d with %d+ claims)%n",
          r.articles(), r.syndicatedGroups(), r.claims(), clusters.size(), clusters.stream().filter(c -> c.members().size() >= minSize).count(), minSize);
      for (int i = 0; i < clusters.size(); i++) {
        ClaimCluster c = clusters.get(i);
        if (c.members().size() < minSize) {
          break;
        }
        System.out.printf(Locale.ROOT, "#%-6d %-12s %3d claims  %2d origins  %s  | %s%n", ids.get(i), c.status().label(), c.members().size(), c.origins().size(),
            String.join(", ", c.origins()).replaceAll("(.{40}).+", "$1…"), c.label().replaceAll("(.{90}).+", "$1…"));
      }
    }
    return 0;
  }
}
