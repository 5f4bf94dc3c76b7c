package org.claimtrail.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimtrail spark-run} and {@code claimtrail load}: the Spark job and its loader. */
@Command(name = "claimtrail", subcommands = {SparkMain.Run.class, SparkMain.Load.class}, mixinStandardHelpOptions = true,
    description = "Claimtrail on Apache Spark.")
public final class SparkMain {
  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkMain()).execute(args));
  }

  static SparkSession session(String master, String name) {
    SparkSession.Builder b = SparkSession.builder().appName(name).config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8").config("spark.sql.session.timeZone", "UTC");
    // spark-submit sets the master; a local run names one.
    if (master != null) {
      b.master(master);
    }
    if (master != null && master.startsWith("local")) {
      // One JVM: the driver listens on the loopback interface, not on whatever address the host name has.
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    return b.getOrCreate();
  }

  @Command(name = "spark-run", mixinStandardHelpOptions = true, description = {"Runs the pipeline over the inputs on Spark and writes Parquet tables",
      "(articles, entities, mentions, claims, rejects, article_groups, claim_clusters, cluster_members) under --output."})
  static final class Run implements Callable<Integer> {
    @Option(names = "--input", required = true, split = ",", description = {"Files or folders (WARC, JSONL, HTML, feeds, seed text), comma-separated,",
        "on any file system Hadoop is configured for: hdfs://, s3a:// (hadoop-aws on the cluster), file://; a path without a scheme is on fs.defaultFS."})
    List<String> inputs;

    @Option(names = "--output", required = true, description = "Output folder (replaced), on any such file system.")
    String output;

    @Option(names = "--master", description = "Spark master (default local[*]; under spark-submit, the cluster's).")
    String master;

    @Option(names = "--split-mb", defaultValue = "64", description = "Large plain JSONL files are cut into ranges of this size (default ${DEFAULT-VALUE}).")
    long splitMb;

    @Option(names = "--aliases", paramLabel = "FILE", description = "Extra aliases, one per line: canonical<TAB>TYPE<TAB>alias (shipped to every executor).")
    Path aliases;

    @Option(names = "--model", paramLabel = "FILE", defaultValue = "${env:CLAIMTRAIL_MODEL}",
        description = "A claim model made by 'claimtrail train polnear' (default: $CLAIMTRAIL_MODEL, else none: the claim rules alone).")
    Path model;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      // Read both files here, so a bad one stops the run with its reason before Spark starts,
      // rather than failing every task on the executors.
      try {
        if (aliases != null) {
          org.claimtrail.claims.entity.AliasTable.withUserFile(aliases);
        }
      } catch (java.io.IOException | IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--aliases: " + e.getMessage());
      }
      try {
        if (model != null) {
          org.claimtrail.claims.learned.ClaimModel.read(model);
        }
      } catch (java.io.IOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--model: " + e.getMessage());
      }
      if (aliases != null && model != null && aliases.getFileName().equals(model.getFileName())) {
        // Executors find shipped files by name.
        throw new CommandLine.ParameterException(spec.commandLine(), "--aliases and --model need different file names: " + aliases.getFileName());
      }
      String m = master != null ? master : System.getProperty("spark.master") == null ? "local[*]" : null;
      SparkSession spark = session(m, "claimtrail spark-run");
      try {
        long t0 = System.nanoTime();
        SparkJob.Summary s = SparkJob.run(spark, inputs, output, splitMb << 20, ship(spark, aliases, model));
        double secs = (System.nanoTime() - t0) / 1e9;
        // Records: every document and WARC record read (pages, requests, images, bad lines).
        System.out.printf(Locale.ROOT, "spark-run: %d records -> %d articles, %d claims, %d rejects, %d skipped; %d near-duplicate groups, %d claim clusters; "
            + "%.1f s (%.2f articles/s) on %s%n", s.documents(), s.articles(), s.claims(), s.rejects(), s.skipped(), s.links().articleGroups(),
            s.links().clusters(), secs, s.articles() / secs, spark.sparkContext().master());
        if (s.skipped() > 0) {
          System.out.println("spark-run: skipped by reason (table " + Tables.SKIPPED + "): " + skippedByReason(spark, output));
        }
        return s.rejects() > 0 ? 1 : 0;
      } finally {
        spark.stop();
      }
    }
  }

  /** The most frequent reasons for skipped records, over all inputs: "812 WARC request record, 40 payload is image/png, not HTML, …". */
  static String skippedByReason(SparkSession spark, String output) {
    List<org.apache.spark.sql.Row> rows = spark.read().parquet(SparkJob.path(output, Tables.SKIPPED)).groupBy("reason")
        .agg(org.apache.spark.sql.functions.sum("records").as("n")).orderBy(org.apache.spark.sql.functions.col("n").desc()).limit(6).collectAsList();
    return String.join("; ", rows.stream().map(r -> r.getLong(1) + " " + r.getString(0)).toList());
  }

  /** Adds the files to the job (every executor gets a copy) and names them for the pipeline. */
  static ClaimFiles ship(SparkSession spark, Path aliases, Path model) {
    String a = null;
    String m = null;
    if (aliases != null) {
      spark.sparkContext().addFile(aliases.toAbsolutePath().toString());
      a = aliases.getFileName().toString();
    }
    if (model != null) {
      spark.sparkContext().addFile(model.toAbsolutePath().toString());
      m = model.getFileName().toString();
    }
    return new ClaimFiles(a, m);
  }

  @Command(name = "load", mixinStandardHelpOptions = true, description = "Loads a spark-run's output into a store (idempotent).")
  static final class Load implements Callable<Integer> {
    @Option(names = "--from", required = true, description = "A spark-run --output folder.")
    String from;

    @Option(names = "--db", description = "JDBC URL (default: the H2 file under ./claimtrail-data).")
    String db;

    @Override
    public Integer call() {
      SparkSession spark = session("local[*]", "claimtrail load");
      String url = db != null ? db : Store.h2Url(Path.of("claimtrail-data"));
      try (Store store = Store.open(url)) {
        ParquetLoader.Summary s = ParquetLoader.load(spark, from, store, n -> {
          if (n % 1000 == 0) {
            System.err.printf(Locale.ROOT, "load: %d articles%n", n);
          }
        });
        System.out.printf(Locale.ROOT, "load: %d articles added, %d unchanged; %d near-duplicate groups and %d clusters linked in %s%n", s.added(), s.unchanged(),
            s.groups(), s.clusters(), url);
        System.out.println("load: run 'claimtrail reindex' to make the loaded claims searchable");
        return 0;
      } finally {
        spark.stop();
      }
    }
  }
}
