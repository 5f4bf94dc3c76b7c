package org.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.link.LinkInput;
import org.claimtrail.link.LinkResult;
import org.claimtrail.link.Linker;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.ArticleToLink;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimToLink;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.StageResult;
import org.claimtrail.pipeline.Claimtrail;
import org.claimtrail.pipeline.Pipeline;
import org.claimtrail.store.Store;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Spark on local[2] against the single-machine path on the same real inputs (a gzipped WARC of
 * real news pages, with a reprint and an image; Wikinews JSONL cut into byte ranges, with a broken
 * line and a line repeated): the same articles, the same claims, the same near-duplicate groups and
 * claim clusters with the same status; bad records become rejects, and the counts add up to the
 * documents read; loading into a store is idempotent.
 */
class SparkJobIT {
  @TempDir static Path dir;
  static SparkSession spark;
  static String out;
  static SparkJob.Summary summary;
  static List<String> inputs;

  @BeforeAll
  static void run() throws IOException {
    Path warc = dir.resolve("pages.warc.gz");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      w.write(response("https://www.bbc.com/news/world-us-canada-33647479", "text/html; charset=utf-8", page("readability/bbc-1.html"), 200));
      w.write(response("https://edition.cnn.com/2015/07/22/politics/cnn.html", "text/html; charset=utf-8", page("readability/cnn.html"), 200));
      // The same story reprinted elsewhere (its own canonical address, a credit line added): a near-duplicate to group.
      String reprint = new String(page("readability/bbc-1.html"), StandardCharsets.UTF_8).replace("www.bbc.com/news/world-us-canada-33646704",
          "reprints.example.org/bbc-copy").replaceFirst("(?i)<p>", "<p>Reprinted with permission of the BBC.</p><p>");
      w.write(response("https://reprints.example.org/bbc-copy", "text/html; charset=utf-8", reprint.getBytes(StandardCharsets.UTF_8), 200));
      w.write(response("https://example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 200));
    }
    Path jsonl = dir.resolve("wikinews.jsonl");
    List<String> lines = Files.readAllLines(SharedCorpora.corpora().resolve("wikinews/wikinews-2020.jsonl"), StandardCharsets.UTF_8).subList(0, 6);
    List<String> withBroken = new ArrayList<>(lines);
    withBroken.add(3, "{\"title\": \"broken");
    withBroken.add(lines.get(0)); // the same article met again
    Files.writeString(jsonl, String.join("\n", withBroken) + "\n", StandardCharsets.UTF_8);
    inputs = List.of(warc.toString(), jsonl.toString());
    spark = SparkMain.session("local[2]", "claimtrail test");
    out = dir.resolve("out").toString();
    // 8 KB ranges: the JSONL file is read as several splits whose cuts fall inside lines.
    summary = SparkJob.run(spark, inputs, out, 8 * 1024);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static byte[] page(String name) throws IOException {
    return Files.readAllBytes(SharedCorpora.corpora().resolve("html-pages").resolve(name));
  }

  private static WarcResponse response(String url, String type, byte[] body, int status) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).body(http).date(Instant.parse("2024-10-23T10:00:00Z")).build();
  }

  /** The single-machine path: the same pipeline over the same files, one document after another. */
  private static Map<String, ArticleClaims> singleMachine(List<String> rejects) {
    Pipeline p = Claimtrail.pipeline();
    Map<String, ArticleClaims> out = new LinkedHashMap<>();
    IngestListener l = new IngestListener() {
      @Override
      public void skipped(String origin, String reason) {}

      @Override
      public void failed(String origin, String reason) {
        rejects.add(origin);
      }
    };
    try (Inputs docs = Inputs.open(inputs, p.config().ingest(), l)) {
      for (RawDocument d : docs) {
        if (p.extract(d) instanceof StageResult.Ok<Article> a && p.claims(a.value()) instanceof StageResult.Ok<ArticleClaims> c) {
          out.putIfAbsent(ArticleCodec.key(c.value()) + " " + c.value().article().contentHash(), c.value());
        }
      }
    }
    return out;
  }

  @Test
  void sparkFindsTheSameArticlesClaimsGroupsAndClustersAsOneMachine() {
    List<String> rejects = new ArrayList<>();
    Map<String, ArticleClaims> local = singleMachine(rejects);
    // Articles and claims.
    Map<String, List<String>> expected = new HashMap<>();
    local.values().forEach(ac -> expected.put(ArticleCodec.key(ac), ac.claims().stream().map(SparkJobIT::describe).toList()));
    Map<String, List<String>> actual = new HashMap<>();
    SparkJob.readArticles(spark, out).forEach(ac -> actual.put(ArticleCodec.key(ac), ac.claims().stream().map(SparkJobIT::describe).toList()));
    assertEquals(9, expected.size(), "3 pages and 6 good JSONL lines: " + expected.keySet());
    assertEquals(expected, actual);
    assertTrue(expected.values().stream().mapToInt(List::size).sum() >= 10, "real claims found: " + expected);
    assertEquals(summary.claims(), expected.values().stream().mapToInt(List::size).sum());
    // Every document read ends in one count: 3 pages, the image record (skipped), 6 good JSONL
    // lines, the same line again (an article met before) and a broken one (a reject).
    assertEquals(12, summary.documents(), summary.toString());
    assertEquals(summary.documents(), summary.articles() + summary.duplicates() + summary.skipped() + summary.rejects(), summary.toString());
    assertEquals(List.of(9L, 1L, 1L, 1L), List.of(summary.articles(), summary.duplicates(), summary.skipped(), summary.rejects()), summary.toString());
    // The broken JSONL line is a reject naming its origin, not a failed job.
    assertEquals(1, rejects.size(), rejects.toString());
    List<Row> sparkRejects = spark.read().parquet(out + "/rejects").collectAsList();
    assertEquals(1, sparkRejects.size(), sparkRejects.toString());
    assertTrue(sparkRejects.get(0).getString(0).contains("wikinews.jsonl"), sparkRejects.toString());

    // Near-duplicate groups and claim clusters: the single-machine linker over the same articles.
    List<ArticleClaims> articles = new ArrayList<>(local.values());
    Linker linker = Claimtrail.pipeline().linker();
    LinkInput.Builder in = linker.input();
    for (ArticleClaims ac : articles) {
      String key = ArticleCodec.key(ac);
      in.article(new ArticleToLink(key, ac.article().text()));
      for (int i = 0; i < ac.claims().size(); i++) {
        in.claim(ClaimToLink.of(Tables.claimKey(key, i), key, ac.claims().get(i), ac));
      }
    }
    LinkResult oneMachine = linker.link(in.build());
    Set<Set<String>> expectedGroups = partitionOf(oneMachine.groups());
    Map<String, String> sparkGroup = new HashMap<>();
    spark.read().parquet(out + "/article_groups").collectAsList().forEach(r -> sparkGroup.put(r.getString(0), r.getString(1)));
    Set<Set<String>> actualGroups = partitionOf(sparkGroup);
    assertEquals(expectedGroups, actualGroups);
    assertTrue(actualGroups.stream().anyMatch(g -> g.size() == 2 && g.stream().anyMatch(k -> k.contains("reprints.example.org"))), actualGroups.toString());

    // Claim clusters and their status.
    Map<Set<String>, String> expectedClusters = new HashMap<>();
    oneMachine.clusters().forEach(c -> expectedClusters.put(new TreeSet<>(c.members()), c.status().label() + " " + new TreeSet<>(c.origins())));
    Map<String, Set<String>> members = new HashMap<>();
    spark.read().parquet(out + "/cluster_members").collectAsList().forEach(r -> members.computeIfAbsent(r.getString(0), k -> new TreeSet<>()).add(r.getString(1)));
    Map<Set<String>, String> actualClusters = new HashMap<>();
    spark.read().parquet(out + "/claim_clusters").collectAsList().forEach(r -> actualClusters.put(members.get(r.getString(0)),
        r.getString(2) + " " + new TreeSet<>(r.getList(4))));
    assertEquals(expectedClusters, actualClusters);
    assertTrue(expectedClusters.keySet().stream().anyMatch(s -> s.size() > 1), "some claim is carried by more than one article (the reprint)");
  }

  @Test
  void loadingIntoAStoreIsIdempotent() {
    try (Store store = Store.open(Store.h2Url(dir.resolve("store")))) {
      ParquetLoader.Summary first = ParquetLoader.load(spark, out, store, Claimtrail.pipeline().linker(), n -> {});
      assertEquals(summary.articles(), first.added());
      Map<String, Long> counts = store.counts();
      assertEquals(summary.claims(), counts.get("claims"));
      assertEquals(summary.links().clusters(), counts.get("claim_clusters"));
      ParquetLoader.Summary second = ParquetLoader.load(spark, out, store, Claimtrail.pipeline().linker(), n -> {});
      assertEquals(0, second.added());
      assertEquals(summary.articles(), second.unchanged());
      assertEquals(counts, store.counts(), "a second load changes nothing");
    }
  }

  private static String describe(Claim c) {
    return c.source().name() + "|" + c.stance().label() + "|" + c.start() + "-" + c.end() + "|" + c.via();
  }

  private static Set<Set<String>> partitionOf(Map<String, String> groupOf) {
    Map<String, Set<String>> m = new HashMap<>();
    groupOf.forEach((k, g) -> m.computeIfAbsent(g, x -> new TreeSet<>()).add(k));
    return new HashSet<>(m.values());
  }

  @Test
  void anAliasFileGivenToTheRunReachesTheExecutors() throws IOException {
    Path aliases = dir.resolve("people.tsv");
    Files.writeString(aliases, "Lloyd J. Austin III\tPERSON\tLloyd Austin\n", StandardCharsets.UTF_8);
    String seed = SharedCorpora.corpora().resolve("seed/kyivpost-2024-10-23.txt").toString();
    String withAliases = dir.resolve("out-aliases").toString();
    SparkJob.run(spark, List.of(seed), withAliases, 8 * 1024, SparkMain.ship(spark, aliases, null));
    List<ArticleClaims> got = SparkJob.readArticles(spark, withAliases);
    assertEquals(1, got.size());
    Set<String> sources = new TreeSet<>();
    got.get(0).claims().forEach(c -> sources.add(c.source().name()));
    assertTrue(sources.contains("Lloyd J. Austin III"), sources::toString);
    assertTrue(!sources.contains("Lloyd Austin"), sources::toString);
  }
}
