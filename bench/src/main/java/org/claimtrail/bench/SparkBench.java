package org.claimtrail.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.spark.SparkJob;
import org.claimtrail.spark.SparkMain;

/**
 * Spark scaling: the whole job (pipeline, Parquet tables, linking) on local[1] and local[2], at
 * 1×, 4× and 16× an input of real Wikinews articles (the same base articles repeated under new
 * URLs, so the work per article is equal across sizes), in one run. Each master first runs a warm-up
 * job so every executor thread has loaded CoreNLP; the figures are steady-state throughput.
 * Usage: SparkBench WIKINEWS_JSONL BASE_ARTICLES
 */
public final class SparkBench {
  private SparkBench() {}

  public static void main(String[] args) throws Exception {
    List<String> all = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    int base = Integer.parseInt(args[1]);
    Path tmp = Files.createTempDirectory("claimtrail-spark-bench");
    System.out.printf(Locale.ROOT, "spark bench: %d real Wikinews articles per 1x; %d cores on this machine%n", base, Runtime.getRuntime().availableProcessors());
    for (String master : List.of("local[1]", "local[2]")) {
      // Hadoop reads '[' and ']' in paths as a glob: name folders by core count.
      String tag = master.replaceAll("[^0-9]", "") + "core";
      SparkSession spark = SparkMain.session(master, "bench");
      SparkJob.run(spark, List.of(input(tmp, all, 0, 4, "warm-" + tag).toString()), tmp.resolve("warm-out-" + tag).toString(), 1 << 14);
      for (int times : new int[] {1, 4, 16}) {
        int n = base * times;
        // The same base articles repeated (each copy under its own URL), so every size costs the same per article;
        // one file per article so tasks balance.
        Path in = input(tmp, all.subList(4, 4 + base), 0, n, tag + "-" + times);
        long t0 = System.nanoTime();
        SparkJob.Summary s = SparkJob.run(spark, List.of(in.toString()), tmp.resolve("out-" + tag + "-" + times).toString(), 1 << 20);
        double secs = (System.nanoTime() - t0) / 1e9;
        long inBytes = size(in);
        long outBytes = size(tmp.resolve("out-" + tag + "-" + times));
        System.out.printf(Locale.ROOT, "%-9s %3dx %4d articles  %6d claims  %7.1f s  %6.3f articles/s  %6.1f claims/s  input %5.1f KB/article, Parquet output %5.1f KB/article%n",
            master, times, s.articles(), s.claims(), secs, s.articles() / secs, s.claims() / secs, inBytes / 1024.0 / n, outBytes / 1024.0 / n);
      }
      spark.stop();
    }
  }

  private static long size(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static Path input(Path tmp, List<String> all, int from, int n, String name) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    for (int i = 0; i < n; i++) {
      int k = (from + i) % all.size();
      String line = all.get(k);
      if (from + i >= all.size() || i >= all.size()) {
        line = line.replaceFirst("\"url\"\\s*:\\s*\"", "\"url\": \"" + "https://copy" + (from + i) + ".example/");
      }
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "a%05d.jsonl", i)), line + "\n", StandardCharsets.UTF_8);
    }
    return dir;
  }
}
