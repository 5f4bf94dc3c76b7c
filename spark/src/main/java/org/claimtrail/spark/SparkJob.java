package org.claimtrail.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.model.ArticleClaims;

/**
 * The distributed run: splits → (per partition: ingest → extract → nlp → claims with the CLI's
 * pipeline) → results → Parquet tables, then corpus-wide linking. The expensive stage runs once;
 * its results are kept as {@code _results} and every table is derived from them.
 */
public final class SparkJob {
  private SparkJob() {}

  /**
   * What a run produced. Every document read ends in one count: {@code documents} = {@code articles}
   * + {@code duplicates} (an article met again: the same key and text, as a store would find it
   * unchanged) + {@code skipped} + {@code rejects}.
   */
  public record Summary(long documents, long articles, long duplicates, long claims, long rejects, long skipped, SparkLinker.Summary links) {}

  public static Summary run(SparkSession spark, List<String> inputs, String out, long splitBytes) {
    return run(spark, inputs, out, splitBytes, ClaimFiles.NONE);
  }

  /** As above, finding claims with the given alias file and claim model (already added to the context with {@code addFile}). */
  public static Summary run(SparkSession spark, List<String> inputs, String out, long splitBytes, ClaimFiles files) {
    List<Split> splits = Splits.of(inputs, splitBytes);
    if (splits.isEmpty()) {
      throw new IllegalArgumentException("No input files under " + inputs);
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // One split per partition: tasks are handed out as cores free up, so a slow WARC does not hold up others.
    JavaRDD<Row> results = sc.parallelize(splits, splits.size()).mapPartitions(split -> Stages.process(split, files));
    spark.createDataFrame(results, Tables.RESULTS_SCHEMA).write().mode(SaveMode.Overwrite).parquet(path(out, Tables.RESULTS));

    Dataset<Row> stored = spark.read().parquet(path(out, Tables.RESULTS));
    // An article met twice (the same page in two inputs) is one article, as in the store.
    JavaRDD<Row> articles = stored.filter("kind = 'article'").dropDuplicates(new String[] {"key", "hash"}).toJavaRDD();
    write(spark, articles.map(r -> Tables.article(r.getString(1), ArticleCodec.decode(r.getString(5)))), Tables.ARTICLES_SCHEMA, out, Tables.ARTICLES);
    write(spark, articles.flatMap(r -> Tables.entities(r.getString(1), ArticleCodec.decode(r.getString(5))).iterator()), Tables.ENTITIES_SCHEMA, out,
        Tables.ENTITIES);
    write(spark, articles.flatMap(r -> Tables.mentions(r.getString(1), ArticleCodec.decode(r.getString(5))).iterator()), Tables.MENTIONS_SCHEMA, out,
        Tables.MENTIONS);
    write(spark, articles.flatMap(r -> Tables.claims(r.getString(1), ArticleCodec.decode(r.getString(5))).iterator()), Tables.CLAIMS_SCHEMA, out,
        Tables.CLAIMS);
    write(spark, stored.filter("kind = 'reject'").select("origin", "stage", "payload").toJavaRDD(), Tables.REJECTS_SCHEMA, out, Tables.REJECTS);

    long documents = stored.count();
    long rejects = stored.filter("kind = 'reject'").count();
    long skipped = stored.filter("kind = 'skipped'").count();
    long articleRows = stored.filter("kind = 'article'").count();
    long articleCount = spark.read().parquet(path(out, Tables.ARTICLES)).count();
    long claimCount = spark.read().parquet(path(out, Tables.CLAIMS)).count();
    SparkLinker.Summary links = SparkLinker.link(spark, out, files);
    return new Summary(documents, articleCount, articleRows - articleCount, claimCount, rejects, skipped, links);
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
