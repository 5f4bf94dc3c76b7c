package org.claimtrail.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.link.status.StatusRules;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.DatedClaim;
import org.claimtrail.store.SaveOutcome;
import org.claimtrail.store.Store;

/**
 * Loads a Spark run's results into a store: every article (one transaction each, the same save as
 * {@code claimtrail ingest}, so loading twice changes nothing), then the run's near-duplicate
 * groups and claim clusters, re-keyed from article and claim keys to the store's ids.
 */
public final class ParquetLoader {
  private ParquetLoader() {}

  public record Summary(int added, int unchanged, int groups, int clusters) {}

  public static Summary load(SparkSession spark, String from, Store store, java.util.function.IntConsumer progress) {
    int added = 0;
    int unchanged = 0;
    int done = 0;
    var it = spark.read().parquet(SparkJob.path(from, Tables.RESULTS)).filter("kind = 'article'").dropDuplicates(new String[] {"key", "hash"})
        .select("payload").toLocalIterator();
    while (it.hasNext()) {
      ArticleClaims ac = ArticleCodec.decode(it.next().getString(0));
      if (store.save(ac, Optional.empty()) == SaveOutcome.UNCHANGED) {
        unchanged++;
      } else {
        added++;
      }
      progress.accept(++done);
    }
    // Store ids of the latest revision under each key, and of its claims in position order.
    Map<String, Long> articleIds = new HashMap<>();
    Map<String, Long> claimIds = new HashMap<>();
    store.jdbi().useHandle(h -> h.createQuery("SELECT a.article_key, a.id FROM articles a WHERE a.revision = "
            + "(SELECT MAX(b.revision) FROM articles b WHERE b.article_key = a.article_key)")
        .map((rs, c) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> articleIds.put(e.getKey(), e.getValue())));
    store.jdbi().useHandle(h -> {
      for (Map.Entry<String, Long> a : articleIds.entrySet()) {
        List<Long> ids = h.createQuery("SELECT id FROM claims WHERE article_id = :a ORDER BY id").bind("a", a.getValue()).mapTo(Long.class).list();
        for (int i = 0; i < ids.size(); i++) {
          claimIds.put(Tables.claimKey(a.getKey(), i), ids.get(i));
        }
      }
    });
    Map<Long, Long> groups = new HashMap<>();
    for (Row r : spark.read().parquet(SparkJob.path(from, Tables.ARTICLE_GROUPS)).collectAsList()) {
      Long a = articleIds.get(r.getString(0));
      Long g = articleIds.get(r.getString(1));
      if (a != null && g != null) {
        groups.put(a, g);
      }
    }
    // Clusters are rebuilt from their members with the same status rules, naming claims by store id.
    Map<String, List<DatedClaim>> members = new HashMap<>();
    Map<String, String> clusterOf = new HashMap<>();
    for (Row r : spark.read().parquet(SparkJob.path(from, Tables.CLUSTER_MEMBERS)).collectAsList()) {
      clusterOf.put(r.getString(1), r.getString(0));
    }
    var claims = spark.read().parquet(SparkJob.path(from, Tables.CLAIMS)).toLocalIterator();
    while (claims.hasNext()) {
      Row r = claims.next();
      String key = r.getAs("claim_key");
      Long id = claimIds.get(key);
      if (id == null) {
        continue;
      }
      DatedClaim d = SparkLinker.dated(r);
      members.computeIfAbsent(clusterOf.getOrDefault(key, key), k -> new ArrayList<>())
          .add(new DatedClaim(Long.toString(id), d.claim(), d.published(), d.publisher()));
    }
    List<ClaimCluster> clusters = new ArrayList<>();
    members.forEach((k, m) -> clusters.add(StatusRules.build(k, m)));
    clusters.sort(java.util.Comparator.comparingInt((ClaimCluster c) -> -c.members().size()).thenComparing(ClaimCluster::id));
    store.replaceLinks(groups, clusters);
    return new Summary(added, unchanged, (int) groups.values().stream().distinct().count(), clusters.size());
  }
}
