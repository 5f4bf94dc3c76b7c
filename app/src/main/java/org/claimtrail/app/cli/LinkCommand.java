package org.claimtrail.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimtrail.app.jobs.AnalystAliases;
import org.claimtrail.app.jobs.StoreLinker;
import org.claimtrail.link.Linker;
import org.claimtrail.link.cluster.ContentWords;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.store.Store;
import picocli.CommandLine;
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

  @Option(names = "--threshold", description = "Least content-word Jaccard similarity of one claim (default ${DEFAULT-VALUE}).",
      defaultValue = "" + ContentWords.DEFAULT_THRESHOLD)
  double threshold;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be above 0 and at most 1: " + threshold);
    }
    String url = where.url();
    Path aliasFile = Files.createTempFile("claimtrail-analyst-aliases", ".tsv");
    try (Store store = Store.open(url)) {
      // Linking resolves names with the analysts' aliases, as the server's claims are found with them.
      Linker linker = new AnalystAliases(store, Claimtrail.pipeline(), aliasFile).pipeline().linker(threshold);
      StoreLinker.Result r = StoreLinker.link(store, linker);
      List<ClaimCluster> clusters = r.links().clusters();
      List<Long> ids = r.ids();
      System.out.printf(Locale.ROOT, "%d articles (%d groups of near-duplicates), %d claims, %d clusters (%d with %d+ claims)%n",
          r.articles(), r.links().syndicatedGroups(), r.claims(), clusters.size(), clusters.stream().filter(c -> c.members().size() >= minSize).count(), minSize);
      for (int i = 0; i < clusters.size(); i++) {
        ClaimCluster c = clusters.get(i);
        if (c.members().size() < minSize) {
          break;
        }
        System.out.printf(Locale.ROOT, "#%-6d %-12s %3d claims  %2d origins  %s  | %s%n", ids.get(i), c.status().label(), c.members().size(), c.origins().size(),
            String.join(", ", c.origins()).replaceAll("(.{40}).+", "$1…"), c.label().replaceAll("(.{90}).+", "$1…"));
      }
    } finally {
      Files.deleteIfExists(aliasFile);
    }
    return 0;
  }
}
