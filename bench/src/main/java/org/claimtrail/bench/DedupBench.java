package org.claimtrail.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.claimtrail.link.dedup.MinHash;
import org.claimtrail.link.dedup.NearDuplicates;

/**
 * Chooses the near-duplicate threshold on real wire copy. Positives: each Reuters story against a
 * syndicated copy of itself as a reprinting site would run it (its own dateline and credit line,
 * the last paragraph cut, a "Related" line added). Negatives, the hard kind: two different stories
 * on the same topic (shared Reuters topic codes), which share names and phrases but are not copies.
 * Prints the similarity distributions and precision/recall of the LSH grouping per threshold.
 * Usage: {@code DedupBench REUTERS_JSONL}.
 */
public final class DedupBench {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> stories = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        stories.add(json.readTree(line));
      }
    }
    Random random = new Random(11);
    MinHash minHash = new MinHash();
    List<double[]> positives = new ArrayList<>();
    List<long[][]> positivePairs = new ArrayList<>();
    for (JsonNode s : stories.subList(0, Math.min(300, stories.size()))) {
      String text = s.get("text").asText();
      String copy = syndicate(text, random);
      long[] a = minHash.signature(text);
      long[] b = minHash.signature(copy);
      positives.add(new double[] {MinHash.similarity(a, b)});
      positivePairs.add(new long[][] {a, b});
    }
    List<long[][]> negativePairs = new ArrayList<>();
    List<double[]> negatives = new ArrayList<>();
    for (int i = 0; i < stories.size() && negativePairs.size() < 1000; i++) {
      for (int j = i + 1; j < stories.size() && j < i + 200 && negativePairs.size() < 1000; j++) {
        if (sharedTopics(stories.get(i), stories.get(j)) >= 1 && !stories.get(i).get("text").asText().equals(stories.get(j).get("text").asText())) {
          long[] a = minHash.signature(stories.get(i).get("text").asText());
          long[] b = minHash.signature(stories.get(j).get("text").asText());
          negatives.add(new double[] {MinHash.similarity(a, b)});
          negativePairs.add(new long[][] {a, b});
        }
      }
    }
    System.out.printf(Locale.ROOT, "dedup bench: %d syndicated copies of real Reuters stories, %d pairs of different stories on a shared topic%n",
        positives.size(), negatives.size());
    System.out.printf(Locale.ROOT, "estimated Jaccard of 5-shingles: copies p5 %.2f median %.2f; same-topic stories median %.2f p99 %.2f max %.2f%n",
        pct(positives, 5), pct(positives, 50), pct(negatives, 50), pct(negatives, 99), pct(negatives, 100));
    for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
      NearDuplicates nd = new NearDuplicates(NearDuplicates.DEFAULT_BANDS, threshold);
      int tp = 0;
      for (long[][] p : positivePairs) {
        int[] g = nd.groups(List.of(p[0], p[1]));
        tp += g[0] == g[1] ? 1 : 0;
      }
      int fp = 0;
      for (long[][] p : negativePairs) {
        int[] g = nd.groups(List.of(p[0], p[1]));
        fp += g[0] == g[1] ? 1 : 0;
      }
      double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
      double recall = (double) tp / positivePairs.size();
      System.out.printf(Locale.ROOT, "  threshold %.1f: copies found %d/%d (recall %.3f), same-topic stories joined %d/%d (precision %.3f)%n",
          threshold, tp, positivePairs.size(), recall, fp, negativePairs.size(), precision);
    }
  }

  /** A reprint: another site's dateline and credit, the last paragraph cut, a teaser line added. */
  static String syndicate(String text, Random random) {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n\n")));
    if (paragraphs.size() >= 3) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    String dateline = List.of("NEW YORK (Wire) - ", "LONDON (Newsdesk) - ", "(Agency) ").get(random.nextInt(3));
    paragraphs.set(0, dateline + paragraphs.get(0));
    paragraphs.add("Related: more business news from our partners.");
    paragraphs.add("(Reporting by a staff correspondent; editing by the desk.)");
    return String.join("\n\n", paragraphs);
  }

  private static int sharedTopics(JsonNode a, JsonNode b) {
    Set<String> x = new HashSet<>();
    a.path("topics").forEach(t -> x.add(t.asText()));
    int n = 0;
    for (JsonNode t : b.path("topics")) {
      n += x.contains(t.asText()) ? 1 : 0;
    }
    return n;
  }

  private static double pct(List<double[]> values, int p) {
    double[] v = values.stream().mapToDouble(d -> d[0]).sorted().toArray();
    if (v.length == 0) {
      return 0;
    }
    int i = (int) Math.min(v.length - 1, Math.max(0, Math.round(p / 100.0 * (v.length - 1))));
    return v[i];
  }
}
