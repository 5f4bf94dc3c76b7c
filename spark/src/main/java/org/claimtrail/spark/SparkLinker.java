package org.claimtrail.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.link.Linker;
import org.claimtrail.link.cluster.SameClaim;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClaimToLink;
import scala.Tuple2;

/**
 * Corpus-wide linking on Spark with the single-machine {@link Linker}: executors find the
 * candidate pairs (LSH band keys of the linker's signatures; the same-claim rule's candidate keys
 * under the linker's limit on common keys) and ask the linker about each pair; the driver joins the
 * accepted pairs into components; each cluster's origins and status come from the linker too. Each
 * executor takes its linker from its pipeline, so the run's alias file normalises names here as it
 * did when the claims were found.
 */
public final class SparkLinker {
  private SparkLinker() {}

  public record Summary(long articleGroups, long clusters, long clusteredClaims) {}

  public static Summary link(SparkSession spark, String out, ClaimFiles files) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long groups = nearDuplicates(spark, sc, out, files);
    long[] clusters = clusters(spark, sc, out, files);
    return new Summary(groups, clusters[0], clusters[1]);
  }

  /** The linker of the executor (or driver) this runs on. */
  private static Linker linker(ClaimFiles files) {
    return Stages.pipeline(files).linker();
  }

  /** Near-duplicate groups; writes article_groups and returns the number of groups of two or more. */
  private static long nearDuplicates(SparkSession spark, JavaSparkContext sc, String out, ClaimFiles files) {
    JavaPairRDD<String, long[]> sigs = spark.read().parquet(SparkJob.path(out, Tables.ARTICLES)).select("key", "body").toJavaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0), linker(files).signature(r.getString(1))));
    sigs.cache();
    JavaPairRDD<Long, Tuple2<String, long[]>> buckets = sigs.flatMapToPair(t -> {
      List<Tuple2<Long, Tuple2<String, long[]>>> keys = new ArrayList<>();
      for (long k : linker(files).bandKeys(t._2())) {
        keys.add(new Tuple2<>(k, t));
      }
      return keys.iterator();
    });
    List<Tuple2<String, String>> pairs = buckets.groupByKey().flatMap(bucket -> {
      List<Tuple2<String, long[]>> docs = new ArrayList<>();
      bucket._2().forEach(docs::add);
      Linker linker = linker(files);
      List<Tuple2<String, String>> found = new ArrayList<>();
      for (int x = 0; x < docs.size(); x++) {
        for (int y = x + 1; y < docs.size(); y++) {
          if (linker.copies(docs.get(x)._2(), docs.get(y)._2())) {
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
    Map<String, Integer> sizes = new HashMap<>();
    for (String k : keys) {
      String g = uf.find(k);
      rows.add(RowFactory.create(k, g));
      sizes.merge(g, 1, Integer::sum);
    }
    SparkJob.write(spark, sc.parallelize(rows), Tables.GROUPS_SCHEMA, out, Tables.ARTICLE_GROUPS);
    return sizes.values().stream().filter(n -> n > 1).count();
  }

  /** Claim clusters with origins and status; writes claim_clusters and cluster_members. */
  private static long[] clusters(SparkSession spark, JavaSparkContext sc, String out, ClaimFiles files) {
    // Rows travel between executors, not the linker's records (they hold Optionals, which Java
    // serialization refuses): each executor reads its rows as records where it uses them.
    JavaRDD<Row> claims = claimRows(spark, out);
    claims.cache();
    JavaPairRDD<String, SameClaim.Features> features = claims.map(Tables::claimToLink).mapToPair(c -> new Tuple2<>(c.id(), linker(files).features(c)));
    features.cache();
    long n = features.count();
    List<Tuple2<String, String>> edges = sameClaimPairs(sc, features, Linker.commonKeyLimit(n), files);
    features.unpersist();
    UnionFind uf = new UnionFind();
    edges.forEach(e -> uf.union(e._1(), e._2()));
    Broadcast<Map<String, String>> roots = sc.broadcast(rootsOf(uf, edges));
    // Every claim is in a cluster (most alone), as in the store; the linker's status rules run per cluster.
    JavaPairRDD<String, Iterable<Row>> grouped = claims.mapToPair(r -> {
      String key = r.getAs("claim_key");
      return new Tuple2<>(roots.value().getOrDefault(key, key), r);
    }).groupByKey();
    grouped.cache();
    SparkJob.write(spark, grouped.map(g -> clusterRow(linker(files).cluster(g._1(), members(g._2())))), Tables.CLUSTERS_SCHEMA, out, Tables.CLUSTERS);
    SparkJob.write(spark, grouped.flatMap(g -> {
      List<Row> rows = new ArrayList<>();
      g._2().forEach(r -> rows.add(RowFactory.create(g._1(), r.getAs("claim_key"))));
      return rows.iterator();
    }), Tables.MEMBERS_SCHEMA, out, Tables.CLUSTER_MEMBERS);
    long count = grouped.count();
    grouped.unpersist();
    claims.unpersist();
    roots.destroy();
    return new long[] {count, n};
  }

  /**
   * The pairs the linker takes for the same claim, among the candidates: comparable claims sharing
   * a key that at most {@code common} claims have (a key's count includes claims that are not
   * comparable, as on one machine).
   */
  private static List<Tuple2<String, String>> sameClaimPairs(JavaSparkContext sc, JavaPairRDD<String, SameClaim.Features> features, int common,
      ClaimFiles files) {
    JavaPairRDD<String, String> postings = features.filter(t -> t._2().comparable())
        .flatMapToPair(t -> t._2().keys().stream().map(k -> new Tuple2<>(k, t._1())).iterator());
    Broadcast<Set<String>> tooCommon = sc.broadcast(new HashSet<>(features
        .flatMapToPair(t -> t._2().keys().stream().map(k -> new Tuple2<>(k, 1L)).iterator()).reduceByKey(Long::sum)
        .filter(t -> t._2() > common).keys().collect()));
    JavaPairRDD<String, String> candidates = postings.filter(t -> !tooCommon.value().contains(t._1())).groupByKey().flatMapToPair(key -> {
      List<String> ids = new ArrayList<>();
      key._2().forEach(ids::add);
      Collections.sort(ids);
      List<Tuple2<String, String>> p = new ArrayList<>();
      for (int x = 0; x < ids.size(); x++) {
        for (int y = x + 1; y < ids.size(); y++) {
          p.add(new Tuple2<>(ids.get(x), ids.get(y)));
        }
      }
      return p.iterator();
    }).distinct();
    List<Tuple2<String, String>> edges = candidates.join(features).mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(features).filter(t -> linker(files).same(t._2()._1()._2(), t._2()._2())).map(t -> new Tuple2<>(t._2()._1()._1(), t._1())).collect();
    tooCommon.destroy();
    return edges;
  }

  /**
   * The run's claims with what the linker reads of them: the claims table with the canonical name
   * of the entity each source resolved to (from the entities table of the same article); {@link
   * Tables#claimToLink} reads a row.
   */
  static JavaRDD<Row> claimRows(SparkSession spark, String out) {
    Dataset<Row> claims = spark.read().parquet(SparkJob.path(out, Tables.CLAIMS));
    Dataset<Row> entities = spark.read().parquet(SparkJob.path(out, Tables.ENTITIES))
        .selectExpr("article_key AS entity_article", "entity AS entity_id", "canonical AS source_canonical");
    return claims.join(entities, claims.col("article_key").equalTo(entities.col("entity_article")).and(claims.col("source_entity").equalTo(entities.col("entity_id"))),
        "left").toJavaRDD();
  }

  private static List<ClaimToLink> members(Iterable<Row> rows) {
    List<ClaimToLink> out = new ArrayList<>();
    rows.forEach(r -> out.add(Tables.claimToLink(r)));
    return out;
  }

  private static Map<String, String> rootsOf(UnionFind uf, List<Tuple2<String, String>> edges) {
    Map<String, String> m = new HashMap<>();
    for (Tuple2<String, String> e : edges) {
      m.put(e._1(), uf.find(e._1()));
      m.put(e._2(), uf.find(e._2()));
    }
    return m;
  }

  private static Row clusterRow(ClaimCluster c) {
    List<Row> history = new ArrayList<>();
    for (ClaimCluster.Change ch : c.history()) {
      history.add(RowFactory.create(ch.at().orElse(null), ch.status().label(), ch.claimId(), ch.reason()));
    }
    return RowFactory.create(c.id(), c.label(), c.status().label(), c.members().size(), c.origins().toArray(String[]::new), history.toArray(Row[]::new));
  }
}
