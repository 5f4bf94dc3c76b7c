package org.claimtrail.spark;

import java.sql.Timestamp;
import java.util.ArrayList;

import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
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
import scala.Tuple2;

/**
 * Corpus-wide linking on Spark with the single-machine linker's own pieces, so both give the same
 * groups and clusters: MinHash signatures and LSH band keys from {@link NearDuplicates}, claim
 * features and the join rule from {@link ClaimClusterer} (with its limit on common words), and
 * {@link StatusRules} per cluster. Executors find the candidate pairs and check them; the driver
 * joins the accepted pairs into components.
 */
public final class SparkLinker {
  private SparkLinker() {}

  public record Summary(long articleGroups, long clusters, long clusteredClaims) {}

  /** Per executor JVM: the clusterer with the shipped alias table (as {@code claimtrail link} uses). */
  private static volatile ClaimClusterer clusterer;

  static ClaimClusterer clusterer() {
    if (clusterer == null) {
      synchronized (SparkLinker.class) {
        if (clusterer == null) {
          clusterer = new ClaimClusterer(0.5, new AliasNormaliser(AliasTable.standard()));
        }
      }
    }
    return clusterer;
  }

  public static Summary link(SparkSession spark, String out) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long groups = nearDuplicates(spark, sc, out);
    long[] clusters = clusters(spark, sc, out);
    return new Summary(groups, clusters[0], clusters[1]);
  }

  /** Near-duplicate groups; writes article_groups and returns the number of groups of two or more. */
  private static long nearDuplicates(SparkSession spark, JavaSparkContext sc, String out) {
    JavaPairRDD<String, long[]> sigs = spark.read().parquet(SparkJob.path(out, Tables.ARTICLES)).select("key", "body").toJavaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0), new MinHash().signature(r.getString(1))));
    sigs.cache();
    NearDuplicates nd = new NearDuplicates();
    JavaPairRDD<Long, Tuple2<String, long[]>> buckets = sigs.flatMapToPair(t -> {
      List<Tuple2<Long, Tuple2<String, long[]>>> keys = new ArrayList<>();
      for (long k : nd.bandKeys(t._2())) {
        keys.add(new Tuple2<>(k, t));
      }
      return keys.iterator();
    });
    double threshold = nd.threshold();
    List<Tuple2<String, String>> pairs = buckets.groupByKey().flatMap(bucket -> {
      List<Tuple2<String, long[]>> docs = new ArrayList<>();
      bucket._2().forEach(docs::add);
      List<Tuple2<String, String>> found = new ArrayList<>();
      for (int x = 0; x < docs.size(); x++) {
        for (int y = x + 1; y < docs.size(); y++) {
          if (MinHash.similarity(docs.get(x)._2(), docs.get(y)._2()) >= threshold) {
            found.add(new Tuple2<>(docs.get(x)._1(), docs.get(y)._1()));
          }
        }
      }
      return found.iterator();
    }).distinct().collect();
    UnionFind uf = new UnionFind();
    pairs.forEach(p -> uf.union(p._1(), p._2()));
    List<String> keys = sigs.keys().collect();
    sigs.unpersist();
    List<Row> rows = new ArrayList<>();
    java.util.Map<String, Integer> sizes = new java.util.HashMap<>();
    for (String k : keys) {
      String g = uf.find(k);
      rows.add(RowFactory.create(k, g));
      sizes.merge(g, 1, Integer::sum);
    }
    SparkJob.write(spark, sc.parallelize(rows), Tables.GROUPS_SCHEMA, out, Tables.ARTICLE_GROUPS);
    return sizes.values().stream().filter(n -> n > 1).count();
  }

  /** Claim clusters with origins and status; writes claim_clusters and cluster_members. */
  private static long[] clusters(SparkSession spark, JavaSparkContext sc, String out) {
    JavaRDD<Row> claims = spark.read().parquet(SparkJob.path(out, Tables.CLAIMS)).select("claim_key", "content").toJavaRDD();
    JavaPairRDD<String, ClaimClusterer.Features> features = claims.mapToPair(r -> new Tuple2<>(r.getString(0), clusterer().features(r.getString(1))));
    features.cache();
    long n = features.count();
    int common = ClaimClusterer.commonLimit(n);
    // Postings of the words rare enough to propose candidates (the single-machine limit), from comparable claims.
    JavaPairRDD<String, String> postings = features.filter(t -> t._2().comparable())
        .flatMapToPair(t -> t._2().words().stream().map(w -> new Tuple2<>(w, t._1())).iterator());
    // A word's posting list counts every claim that has it, comparable or not, as on one machine.
    Broadcast<java.util.Set<String>> tooCommon = sc.broadcast(new java.util.HashSet<>(features
        .flatMapToPair(t -> t._2().words().stream().map(w -> new Tuple2<>(w, 1L)).iterator()).reduceByKey(Long::sum)
        .filter(t -> t._2() > common).keys().collect()));
    JavaPairRDD<String, String> candidates = postings.filter(t -> !tooCommon.value().contains(t._1())).groupByKey().flatMapToPair(word -> {
      List<String> ids = new ArrayList<>();
      word._2().forEach(ids::add);
      java.util.Collections.sort(ids);
      List<Tuple2<String, String>> p = new ArrayList<>();
      for (int x = 0; x < ids.size(); x++) {
        for (int y = x + 1; y < ids.size(); y++) {
          p.add(new Tuple2<>(ids.get(x), ids.get(y)));
        }
      }
      return p.iterator();
    }).distinct();
    List<Tuple2<String, String>> edges = candidates.join(features).mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(features).filter(t -> clusterer().joins(t._2()._1()._2(), t._2()._2())).map(t -> new Tuple2<>(t._2()._1()._1(), t._1())).collect();
    features.unpersist();
    tooCommon.destroy();
    UnionFind uf = new UnionFind();
    edges.forEach(e -> uf.union(e._1(), e._2()));
    Broadcast<java.util.Map<String, String>> roots = sc.broadcast(rootsOf(uf, edges));
    // Every claim is in a cluster (most alone), as in the store; status rules run per cluster. Rows
    // travel between executors (model records hold Optionals, which Java serialization refuses).
    JavaPairRDD<String, Iterable<Row>> grouped = spark.read().parquet(SparkJob.path(out, Tables.CLAIMS)).toJavaRDD()
        .mapToPair(r -> new Tuple2<String, Row>(roots.value().getOrDefault(r.<String>getAs("claim_key"), r.getAs("claim_key")), r)).groupByKey();
    grouped.cache();
    SparkJob.write(spark, grouped.map(g -> clusterRow(build(g))), Tables.CLUSTERS_SCHEMA, out, Tables.CLUSTERS);
    SparkJob.write(spark, grouped.flatMap(g -> {
      List<Row> rows = new ArrayList<>();
      g._2().forEach(r -> rows.add(RowFactory.create(g._1(), r.getAs("claim_key"))));
      return rows.iterator();
    }), Tables.MEMBERS_SCHEMA, out, Tables.CLUSTER_MEMBERS);
    long count = grouped.count();
    grouped.unpersist();
    roots.destroy();
    return new long[] {count, n};
  }

  private static ClaimCluster build(Tuple2<String, Iterable<Row>> group) {
    List<DatedClaim> members = new ArrayList<>();
    group._2().forEach(r -> members.add(dated(r)));
    return StatusRules.build(group._1(), members);
  }

  private static java.util.Map<String, String> rootsOf(UnionFind uf, List<Tuple2<String, String>> edges) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (Tuple2<String, String> e : edges) {
      m.put(e._1(), uf.find(e._1()));
      m.put(e._2(), uf.find(e._2()));
    }
    return m;
  }

  /** A stored claim as the status rules read it, named by its claim key. */
  static DatedClaim dated(Row r) {
    String content = r.getAs("content");
    String source = r.getAs("source_name");
    Claim c = new Claim("", new ClaimSource(source, EntityType.valueOf(r.getAs("source_type")), Optional.empty(), Optional.empty(), source, 0, 0), "", "", 0,
        Stance.parse(r.getAs("stance")), QuoteType.INDIRECT, 0, content.length(), content, List.of(), Optional.empty(), 1);
    Timestamp published = r.getAs("published");
    return new DatedClaim(r.getAs("claim_key"), c, Optional.ofNullable(published).map(Timestamp::toInstant), Optional.ofNullable(r.getAs("publisher")));
  }

  private static Row clusterRow(ClaimCluster c) {
    List<Row> history = new ArrayList<>();
    for (ClaimCluster.Change ch : c.history()) {
      history.add(RowFactory.create(ch.at().map(Timestamp::from).orElse(null), ch.status().label(), ch.claimId(), ch.reason()));
    }
    return RowFactory.create(c.id(), c.label(), c.status().label(), c.members().size(), c.origins().toArray(String[]::new), history.toArray(Row[]::new));
  }

}
