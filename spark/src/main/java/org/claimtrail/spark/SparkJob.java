package org.claimtrail.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.claimtrail.model.ArticleClaims;

/**
 * The distributed run: splits → (per partition: ingest → extract → nlp → claims with the CLI's
 * pipeline) → results → Parquet tables, then corpus-wide linking. The expensive stage runs once;
 * its results are kept as {@code _results} and every table is derived from them.
 */
public final class SparkJob {
  private SparkJob() {}

  /** What a run produced, and how long its three passes took (seconds). */
  public record Summary(long documents, long articles, long claims, long rejects, long skipped, SparkLinker.Summary links, Phases phases) {}

  /** Seconds spent in the pipeline pass, in deriving the tables, and in linking. */
  public record Phases(double pipeline, double tables, double linking) {}

  public static Summary run(SparkSession spark, List<String> inputs, String out, long splitBytes) {
    return run(spark, inputs, out, splitBytes, ClaimFiles.NONE);
  }

  /** As above, finding claims with the given alias file and claim model (already added to the context with {@code addFile}). */
  public static Summary run(SparkSession spark, List<String> inputs, String out, long splitBytes, ClaimFiles files) {
    long t0 = System.nanoTime();
    pipeline(spark, inputs, out, splitBytes, files);
    long t1 = System.nanoTime();
    Counts counts = tables(spark, out);
    long t2 = System.nanoTime();
    SparkLinker.Summary links = SparkLinker.link(spark, out);
    long t3 = System.nanoTime();
    return new Summary(counts.documents, counts.articles, counts.claims, counts.rejects, counts.skipped, links,
        new Phases((t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9));
  }

  /** The expensive pass: every split through the pipeline, each document one row of {@code _results}. */
  private static void pipeline(SparkSession spark, List<String> inputs, String out, long splitBytes, ClaimFiles files) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Split> splits = Splits.of(inputs, splitBytes, sc.hadoopConfiguration());
    if (splits.isEmpty()) {
      throw new IllegalArgumentException("No input files under " + inputs);
    }
    // Executors open the files with the driver's Hadoop settings (spark.hadoop.*: s3a credentials, HDFS name services).
    Broadcast<SerializableConfiguration> conf = sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
    // One split per partition: tasks are handed out as cores free up, so a slow WARC does not hold up others.
    JavaRDD<Row> results = sc.parallelize(splits, splits.size()).mapPartitions(split -> Stages.process(split, files, conf.value().value()));
    spark.createDataFrame(results, Tables.RESULTS_SCHEMA).write().mode(SaveMode.Overwrite).parquet(path(out, Tables.RESULTS));
    conf.destroy();
  }

  private record Counts(long documents, long articles, long claims, long rejects, long skipped) {}

  /**
   * The tables derived from {@code _results}. The articles are deduplicated once and kept (memory,
   * else local disk) for their four tables; the counts come from one pass over the results.
   */
  private static Counts tables(SparkSession spark, String out) {
    Dataset<Row> stored = spark.read().schema(Tables.RESULTS_SCHEMA).parquet(path(out, Tables.RESULTS));
    // An article met twice (the same page in two inputs) is one article, as in the store.
    Dataset<Row> deduplicated = stored.filter("kind = 'article'").dropDuplicates(new String[] {"key", "hash"}).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Row> articles = deduplicated.toJavaRDD();
    write(spark, articles.map(r -> Tables.article(r.getString(1), ArticleCodec.decode(r.getString(5)))), Tables.ARTICLES_SCHEMA, out, Tables.ARTICLES);
    write(spark, articles.flatMap(r -> Tables.entities(r.getString(1), ArticleCodec.decode(r.getString(5))).iterator()), Tables.ENTITIES_SCHEMA, out,
        Tables.ENTITIES);
    write(spark, articles.flatMap(r -> Tables.mentions(r.getString(1), ArticleCodec.decode(r.getString(5))).iterator()), Tables.MENTIONS_SCHEMA, out,
        Tables.MENTIONS);
    write(spark, articles.flatMap(r -> Tables.claims(r.getString(1), ArticleCodec.decode(r.getString(5))).iterator()), Tables.CLAIMS_SCHEMA, out,
        Tables.CLAIMS);
    long articleCount = deduplicated.count();
    deduplicated.unpersist();
    write(spark, stored.filter("kind = 'reject'").select("origin", "stage", "payload").toJavaRDD(), Tables.REJECTS_SCHEMA, out, Tables.REJECTS);
    // A few rows per input file (one per reason): one file.
    stored.filter("kind = 'skipped'").groupBy("input", "stage", "payload").count().toDF("input", "stage", "reason", "records").coalesce(1).write()
        .mode(SaveMode.Overwrite).parquet(path(out, Tables.SKIPPED));
    Map<String, Long> kinds = new HashMap<>();
    stored.groupBy("kind").count().collectAsList().forEach(r -> kinds.put(r.getString(0), r.getLong(1)));
    long claimCount = spark.read().schema(Tables.CLAIMS_SCHEMA).parquet(path(out, Tables.CLAIMS)).count();
    return new Counts(kinds.values().stream().mapToLong(Long::longValue).sum(), articleCount, claimCount, kinds.getOrDefault("reject", 0L),
        kinds.getOrDefault("skipped", 0L));
  }

  static void write(SparkSession spark, JavaRDD<Row> rows, org.apache.spark.sql.types.StructType schema, String out, String table) {
    spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(path(out, table));
  }

  static String path(String out, String table) {
    return out + "/" + table;
  }

  /** Reads back the articles a run stored, decoded (for the loader and for tests). */
  public static List<ArticleClaims> readArticles(SparkSession spark, String out) {
    List<ArticleClaims> list = new ArrayList<>();
    spark.read().parquet(path(out, Tables.RESULTS)).filter("kind = 'article'").dropDuplicates(new String[] {"key", "hash"}).orderBy("key", "hash")
        .toLocalIterator().forEachRemaining(r -> list.add(ArticleCodec.decode(r.getString(5))));
    return list;
  }
}
