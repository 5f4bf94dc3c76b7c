package org.claimtrail.app.jobs;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * Links everything in a store: near-duplicate articles, claim clusters, origins and status; the
 * results replace the previous run's in one transaction. Used by {@code claimtrail link}, by the
 * server after each upload, and by {@code claimtrail load} after a Spark run.
 */
public final class StoreLinker {
  /** The least content-word similarity of one claim cluster ({@code link --threshold}'s default). */
  public static final double THRESHOLD = 0.5;

  private StoreLinker() {}

  /** What a run found: clusters in the order of {@code ids} (their new database ids). */
  public record Result(int articles, long syndicatedGroups, int claims, List<ClaimCluster> clusters, List<Long> ids) {}

  public static Result link(Store store, double threshold) {
    // Linking reads the whole store and rewrites the link tables; one run at a time.
    synchronized (StoreLinker.class) {
      return linkNow(store, threshold);
    }
  }

  private static Result linkNow(Store store, double threshold) {
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
    return new Result(articles.size(), syndicated, claims.size(), clusters, ids);
  }
}
