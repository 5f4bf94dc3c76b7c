package org.claimtrail.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.spark.ArticleCodec;
import org.claimtrail.spark.SparkJob;

/**
 * A digest of what a Spark run found, independent of partitioning and order: every article with
 * its entities, mentions and claims (as JSON, sorted by key), the near-duplicate groups, and the
 * claim clusters with their members, status and origins. Two runs over the same files with equal
 * digests found the same results.
 */
final class SparkResults {
  private SparkResults() {}

  static String digest(SparkSession spark, String out) {
    List<String> lines = new ArrayList<>();
    for (ArticleClaims ac : SparkJob.readArticles(spark, out)) {
      lines.add("article " + ArticleCodec.encode(ac));
    }
    Map<String, TreeSet<String>> groups = new TreeMap<>();
    spark.read().parquet(out + "/article_groups").collectAsList().forEach(r -> groups.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(0)));
    groups.values().forEach(g -> lines.add("group " + g));
    Map<String, TreeSet<String>> members = new TreeMap<>();
    spark.read().parquet(out + "/cluster_members").collectAsList().forEach(r -> members.computeIfAbsent(r.getString(0), k -> new TreeSet<>()).add(r.getString(1)));
    for (Row r : spark.read().parquet(out + "/claim_clusters").collectAsList()) {
      lines.add("cluster " + members.get(r.getString(0)) + " " + r.getString(2) + " " + new TreeSet<>(r.<String>getList(4)));
    }
    lines.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest()) + " (" + lines.size() + " lines)";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
