package org.claimtrail.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.link.Linker;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClaimToLink;
import org.claimtrail.store.LinkQueries;
import org.claimtrail.store.SaveOutcome;
import org.claimtrail.store.Store;

/**
 * Loads a Spark run's results into a store: every article (one transaction each, the same save as
 * {@code claimtrail ingest}, so loading twice changes nothing), then the run's near-duplicate
 * groups and claim clusters, re-keyed from article and claim keys to the store's ids; each
 * cluster's status is built again by the linker from the stored claims, so it names them by id.
 */
public final class ParquetLoader {
  private ParquetLoader() {}

  public record Summary(int added, int unchanged, int groups, int clusters) {}

  public static Summary load(SparkSession spark, String from, Store store, Linker linker, IntConsumer progress) {
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
    LinkQueries links = new LinkQueries(store);
    Map<String, LinkQueries.StoredIds> stored = links.latestRevisions();
    Map<String, Long> claimIds = new HashMap<>();
    stored.forEach((key, ids) -> {
      for (int i = 0; i < ids.claimIds().size(); i++) {
        claimIds.put(Tables.claimKey(key, i), ids.claimIds().get(i));
      }
    });
    Map<Long, Long> groups = new HashMap<>();
    for (Row r : spark.read().parquet(SparkJob.path(from, Tables.ARTICLE_GROUPS)).collectAsList()) {
      LinkQueries.StoredIds a = stored.get(r.getString(0));
      LinkQueries.StoredIds g = stored.get(r.getString(1));
      if (a != null && g != null) {
        groups.put(a.articleId(), g.articleId());
      }
    }
    List<ClaimCluster> clusters = clusters(spark, from, claimIds, links, linker);
    store.replaceLinks(groups, clusters);
    return new Summary(added, unchanged, (int) groups.values().stream().distinct().count(), clusters.size());
  }

  /** The run's clusters of stored claims (a claim of the run the store does not have is left out), largest first. */
  private static List<ClaimCluster> clusters(SparkSession spark, String from, Map<String, Long> claimIds, LinkQueries links, Linker linker) {
    Map<String, ClaimToLink> byId = new HashMap<>();
    links.claims().forEach(c -> byId.put(c.id(), c));
    Map<String, String> clusterOf = new HashMap<>();
    for (Row r : spark.read().parquet(SparkJob.path(from, Tables.CLUSTER_MEMBERS)).collectAsList()) {
      clusterOf.put(r.getString(1), r.getString(0));
    }
    Map<String, List<ClaimToLink>> members = new HashMap<>();
    var keys = spark.read().parquet(SparkJob.path(from, Tables.CLAIMS)).select("claim_key").toLocalIterator();
    while (keys.hasNext()) {
      String key = keys.next().getString(0);
      Long id = claimIds.get(key);
      if (id != null) {
        members.computeIfAbsent(clusterOf.getOrDefault(key, key), k -> new ArrayList<>()).add(byId.get(Long.toString(id)));
      }
    }
    List<ClaimCluster> clusters = new ArrayList<>();
    members.forEach((k, m) -> clusters.add(linker.cluster(k, m)));
    clusters.sort(Linker.LARGEST_FIRST);
    return clusters;
  }
}
