package org.claimtrail.app.cli;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimtrail.claims.entity.AliasNormaliser;
import org.claimtrail.claims.entity.AliasTable;
import org.claimtrail.link.cluster.ClaimClusterer;
import org.claimtrail.link.dedup.MinHash;
import org.claimtrail.link.dedup.NearDuplicates;
import org.claimtrail.link.status.StatusRules;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.DatedClaim;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
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
      List<Object[]> articles = store.jdbi().withHandle(h -> h.createQuery("SELECT id, body FROM articles ORDER BY id")
          .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).list());
      MinHash minHash = new MinHash();
      List<long[]> sigs = new ArrayList<>();
      articles.forEach(a -> sigs.add(minHash.signature((String) a[1])));
      int[] groups = new NearDuplicates().groups(sigs);
      Map<Integer, Integer> groupSizes = new HashMap<>();
      for (int g : groups) {
        groupSizes.merge(g, 1, Integer::sum);
      }
      long syndicated = groupSizes.values().stream().filter(n -> n > 1).count();
      List<DatedClaim> claims = store.jdbi().withHandle(h -> h.createQuery(
              "SELECT c.id, c.source_name, c.source_type, c.stance, c.content, a.published, a.publisher FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY c.id")
          .map((rs, ctx) -> {
            String content = rs.getString("content");
            Claim c = new Claim("", new ClaimSource(rs.getString("source_name"), EntityType.valueOf(rs.getString("source_type")), Optional.empty(),
                Optional.empty(), rs.getString("source_name"), 0, 0), "", "", 0, Stance.parse(rs.getString("stance")), QuoteType.INDIRECT, 0,
                content.length(), content, List.of(), Optional.empty(), 1);
            return new DatedClaim(Long.toString(rs.getLong("id")), c, Optional.ofNullable(rs.getTimestamp("published")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("publisher")));
          }).list());
      int[] cluster = new ClaimClusterer(threshold, new AliasNormaliser(AliasTable.standard())).cluster(claims);
      Map<Integer, List<DatedClaim>> byCluster = new HashMap<>();
      for (int i = 0; i < claims.size(); i++) {
        byCluster.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(claims.get(i));
      }
      List<ClaimCluster> clusters = new ArrayList<>();
      byCluster.forEach((k, members) -> clusters.add(StatusRules.build("k" + k, members)));
      clusters.sort(Comparator.comparingInt((ClaimCluster c) -> -c.members().size()).thenComparing(ClaimCluster::id));
      Map<Long, Long> articleGroups = new HashMap<>();
      for (int i = 0; i < articles.size(); i++) {
        articleGroups.put((Long) articles.get(i)[0], (Long) articles.get(groups[i])[0]);
      }
      List<Long> ids = store.replaceLinks(articleGroups, clusters);
      System.out.printf(Locale.ROOT, "%d articles (%d groups of near-duplicates), %d claims, %d clusters (%d with %d+ claims)%n",
          articles.size(), syndicated, claims.size(), clusters.size(), clusters.stream().filter(c -> c.members().size() >= minSize).count(), minSize);
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
