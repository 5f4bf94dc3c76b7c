package org.claimtrail.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimtrail.model.ArticleLabel;
import org.claimtrail.store.Queries;
import org.claimtrail.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrail claim ID}: a claim cluster with every mention, its origins and status history. */
@Command(name = "claim", mixinStandardHelpOptions = true, description = "Shows a claim cluster (by cluster id, or the cluster of a claim with --of-claim).")
final class ClaimCommand implements Callable<Integer> {
  @Mixin StoreOptions where;

  @Parameters(index = "0", paramLabel = "ID", description = "A cluster id (as printed by 'link'), or a claim id with --of-claim.")
  long id;

  @Option(names = "--of-claim", description = "ID is a claim id: show the cluster it belongs to.")
  boolean ofClaim;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Store store = Store.open(where.url())) {
      Queries q = new Queries(store);
      long clusterId = ofClaim ? q.clusterOfClaim(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
          "Claim " + id + " is in no cluster: run 'claimtrail link' first, or check the id")) : id;
      Queries.ClusterView v = q.cluster(clusterId).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "No claim cluster " + clusterId));
      System.out.printf(Locale.ROOT, "cluster #%d  %s  (%d independent origin%s: %s)%n%s%n%n", v.id(), v.status().toUpperCase(Locale.ROOT),
          v.origins().size(), v.origins().size() == 1 ? "" : "s", String.join(", ", v.origins()), v.label());
      System.out.println("status history:");
      for (Queries.Change c : v.history()) {
        System.out.printf(Locale.ROOT, "  %-10s %-12s %s (claim %d)%n", c.at().map(t -> t.toString().substring(0, 10)).orElse("?"), c.status(), c.reason(), c.claimId());
      }
      System.out.println("\nmentions:");
      for (Queries.ClaimRow r : v.members()) {
        System.out.printf(Locale.ROOT, "  %-10s %-24s %-9s %s%s%n      \"%s\"%n      in %s (article %d)%n", r.published().map(t -> t.toString().substring(0, 10)).orElse("?"),
            r.publisher() == null ? "" : r.publisher(), r.stance(), r.source(), r.via().isEmpty() ? "" : " (via " + String.join(" > ", r.via()) + ")", r.content(),
            ArticleLabel.withPublisher(r.articleLabel(), r.publisher()), r.articleId());
      }
    }
    return 0;
  }
}
