package org.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real HDFS (Hadoop's in-process MiniDFSCluster, small blocks so that every file
 * spans several): a WARC that wget wrote while crawling real news pages (an image first, a 404,
 * wget's own log records) and a Wikinews JSONL file cut into byte ranges, read from {@code hdfs://}
 * with Parquet written to {@code hdfs://}, give the same tables as the same files read from the
 * local disk; the WARC's non-page records are counted in {@code skipped}.
 */
class SparkHdfsIT {
  @TempDir static Path dir;
  static MiniDFSCluster cluster;
  static SparkSession spark;
  static String hdfs;
  static Path local;
  static SparkJob.Summary onHdfs;
  static SparkJob.Summary onDisk;

  /** Ranges of 1.5 KB over blocks of 2 KB: cuts inside lines and inside blocks. */
  static final int SPLIT_BYTES = 1500;

  @BeforeAll
  static void run() throws Exception {
    local = Files.createDirectories(dir.resolve("in"));
    crawl();
    jsonl();
    long start = System.nanoTime();
    Configuration conf = new Configuration();
    conf.setLong("dfs.namenode.fs-limits.min-block-size", 1024);
    conf.setInt("dfs.replication", 1);
    cluster = new MiniDFSCluster.Builder(conf, dir.resolve("hdfs").toFile()).numDataNodes(1).build();
    cluster.waitActive();
    hdfs = "hdfs://localhost:" + cluster.getNameNodePort();
    // The inputs in small blocks (the client chooses a file's block size); Spark writes with the default.
    Configuration small = new Configuration(conf);
    small.setLong("dfs.blocksize", 2048);
    try (FileSystem fs = FileSystem.newInstance(java.net.URI.create(hdfs), small)) {
      fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.toUri()), new org.apache.hadoop.fs.Path("/in"));
    }

    spark = SparkMain.session("local[2]", "claimtrail hdfs test");
    // A path without a scheme is on the default file system, here the HDFS: as on a YARN cluster.
    spark.sparkContext().hadoopConfiguration().set("fs.defaultFS", hdfs);
    long t0 = System.nanoTime();
    onHdfs = SparkJob.run(spark, List.of("/in"), hdfs + "/out", SPLIT_BYTES);
    long t1 = System.nanoTime();
    onDisk = SparkJob.run(spark, List.of("file://" + local), "file://" + dir.resolve("out"), SPLIT_BYTES);
    System.out.printf(java.util.Locale.ROOT, "SparkHdfsIT: HDFS up in %.1f s; the run on HDFS %.1f s %s (CoreNLP loaded in it), on the local disk %.1f s %s%n",
        (t0 - start) / 1e9, (t1 - t0) / 1e9, onHdfs.phases(), (System.nanoTime() - t1) / 1e9, onDisk.phases());
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.sparkContext().hadoopConfiguration().unset("fs.defaultFS");
      spark.stop();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  /** Two short real pages, an image before them (binary bytes in the WARC's first kilobytes) and a link to nowhere. */
  private static void crawl() throws IOException, InterruptedException {
    Path pages = SharedCorpora.corpora().resolve("html-pages/newspaper");
    byte[] png = new byte[6000];
    new Random(29).nextBytes(png);
    Map<String, WgetCrawl.Page> served = new LinkedHashMap<>();
    served.put("/photo.png", new WgetCrawl.Page(png, "image/png"));
    served.put("/markets/sensex.html", new WgetCrawl.Page(Files.readAllBytes(pages.resolve("reuters.com1.html")), "text/html; charset=utf-8"));
    served.put("/opinion/antlers.html", new WgetCrawl.Page(Files.readAllBytes(pages.resolve("dallasnews.com1.html")), "text/html; charset=utf-8"));
    List<String> links = new ArrayList<>(served.keySet());
    links.add("/gone.html");
    Path warc = WgetCrawl.crawl(dir, served, links);
    Files.move(warc, local.resolve("crawl.warc.gz"));
  }

  /** Three short Wikinews articles with a broken line after the first (in the first range, which its first line opens). */
  private static void jsonl() throws IOException {
    List<String> all = Files.readAllLines(SharedCorpora.corpora().resolve("wikinews/wikinews-2020.jsonl"), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(all.get(3), "{\"title\": \"broken", all.get(24), all.get(11)));
    assertTrue(lines.get(0).getBytes(StandardCharsets.UTF_8).length + 1 < SPLIT_BYTES, "the broken line starts in the first range");
    Files.writeString(local.resolve("wikinews.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void theFilesSpanSeveralBlocksAndTheJsonlSeveralRanges() throws IOException {
    FileSystem fs = cluster.getFileSystem();
    for (String name : List.of("crawl.warc.gz", "wikinews.jsonl")) {
      var status = fs.getFileStatus(new org.apache.hadoop.fs.Path("/in/" + name));
      assertTrue(fs.getFileBlockLocations(status, 0, status.getLen()).length > 1, name + " is " + status.getLen() + " bytes");
    }
    assertTrue(Splits.of(List.of(hdfs + "/in/wikinews.jsonl"), SPLIT_BYTES, spark.sparkContext().hadoopConfiguration()).size() > 2);
  }

  @Test
  void hdfsGivesTheSameArticlesClaimsAndLinksAsTheLocalDisk() {
    String out = hdfs + "/out";
    String disk = "file://" + dir.resolve("out");
    List<String> onHdfsArticles = articles(out, "/in");
    assertEquals(articles(disk, "file://" + local), onHdfsArticles);
    // Both pages and the three good lines; the index page wget started from has no article text.
    assertEquals(5, onHdfsArticles.size(), onHdfsArticles::toString);
    assertEquals(5, onHdfs.articles());
    assertTrue(onHdfs.claims() >= 5, "real claims found: " + onHdfs.claims());
    assertEquals(onDisk.claims(), onHdfs.claims());
    assertEquals(onDisk.links(), onHdfs.links());
    assertEquals(table(disk, Tables.CLUSTERS, "file://" + local), table(out, Tables.CLUSTERS, "/in"));
    assertEquals(table(disk, Tables.CLUSTER_MEMBERS, "file://" + local), table(out, Tables.CLUSTER_MEMBERS, "/in"));
    assertEquals(table(disk, Tables.ARTICLE_GROUPS, "file://" + local), table(out, Tables.ARTICLE_GROUPS, "/in"));
  }

  @Test
  void theWarcsRecordsThatAreNotPagesAreCountedByReasonAndTheBrokenLineIsAReject() {
    Map<String, Long> skipped = new TreeMap<>();
    for (Row r : spark.read().parquet(hdfs + "/out/" + Tables.SKIPPED).collectAsList()) {
      if (r.getString(0).equals("/in/crawl.warc.gz")) {
        skipped.put(r.getString(1) + ": " + r.getString(2), r.getLong(3));
      }
    }
    // wget: warcinfo; a request and a response for /robots.txt (404), the index, the image, two pages and /gone.html (404); its manifest and log.
    assertEquals(6L, skipped.get("ingest: WARC request record"), skipped::toString);
    assertEquals(1L, skipped.get("ingest: payload is image/png, not HTML"), skipped::toString);
    assertEquals(2L, skipped.get("ingest: HTTP status 404"), skipped::toString);
    assertEquals(1L, skipped.get("ingest: WARC warcinfo record"), skipped::toString);
    assertTrue(skipped.keySet().stream().anyMatch(k -> k.startsWith("extract: ")), "the index page is no article: " + skipped);
    assertEquals(table("file://" + dir.resolve("out"), Tables.SKIPPED, "file://" + local), table(hdfs + "/out", Tables.SKIPPED, "/in"));
    List<Row> rejects = spark.read().parquet(hdfs + "/out/" + Tables.REJECTS).collectAsList();
    assertEquals(1, rejects.size(), rejects::toString);
    assertTrue(rejects.get(0).getString(0).startsWith("/in/wikinews.jsonl@0-1500#line 2"), rejects::toString);
    assertEquals(1, onHdfs.rejects());
  }

  /** The run's articles as JSON, sorted, with the input folder's name made the same on both file systems. */
  private static List<String> articles(String out, String inputName) {
    List<String> list = new ArrayList<>();
    SparkJob.readArticles(spark, out).forEach(ac -> list.add(ArticleCodec.encode(ac).replace(inputName + "/", "IN/")));
    return list;
  }

  private static TreeSet<String> table(String out, String name, String inputName) {
    TreeSet<String> rows = new TreeSet<>();
    spark.read().parquet(out + "/" + name).collectAsList().forEach(r -> rows.add(r.toString().replace(inputName + "/", "IN/")));
    return rows;
  }
}
