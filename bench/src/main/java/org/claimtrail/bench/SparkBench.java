package org.claimtrail.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.claimtrail.spark.SparkJob;

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
    System.out.printf(Locale.ROOT, "spark bench: %d real Wikinews articles per 1x; %d cores on this machine; load average %s%n", base,
        Runtime.getRuntime().availableProcessors(), load());
    int[] sizes = {1, 4, 16};
    // The same input files for both masters, so their results can be compared byte for byte.
    Map<Integer, Path> inputs = new TreeMap<>();
    for (int times : sizes) {
      inputs.put(times, input(tmp, all.subList(4, 4 + base), 0, base * times, "in-" + times));
    }
    Map<Integer, String> first = new TreeMap<>();
    Map<Integer, Double> firstSecs = new TreeMap<>();
    for (String master : List.of("local[1]", "local[2]")) {
      // Hadoop reads '[' and ']' in paths as a glob: name folders by core count.
      String tag = master.replaceAll("[^0-9]", "") + "core";
      SparkSession spark = SparkSession.builder().master(master).appName("bench").config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "8").config("spark.sql.session.timeZone", "UTC").config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
      SparkJob.run(spark, List.of(input(tmp, all, 0, 4, "warm-" + tag).toString()), tmp.resolve("warm-out-" + tag).toString(), 1 << 14);
      for (int times : sizes) {
        int n = base * times;
        Path in = inputs.get(times);
        String out = tmp.resolve("out-" + tag + "-" + times).toString();
        CpuClock clock = new CpuClock();
        SparkJob.Summary s = SparkJob.run(spark, List.of(in.toString()), out, 1 << 20);
        double secs = clock.wall();
        String usage = clock.usage();
        long inBytes = size(in);
        long outBytes = size(Path.of(out));
        String digest = SparkResults.digest(spark, out);
        String vs = "";
        if (first.containsKey(times)) {
          vs = String.format(Locale.ROOT, "  %.2fx local[1], results %s", firstSecs.get(times) / secs, digest.equals(first.get(times)) ? "equal" : "DIFFERENT");
        } else {
          first.put(times, digest);
          firstSecs.put(times, secs);
        }
        System.out.printf(Locale.ROOT, "%-9s %3dx %4d articles  %6d claims  %7.1f s (pipeline %5.1f, tables %4.1f, linking %4.1f)  %6.3f articles/s  %6.1f claims/s"
            + "  %s  input %5.1f KB/article, Parquet output %5.1f KB/article%s%n", master, times, s.articles(), s.claims(), secs, s.phases().pipeline(),
            s.phases().tables(), s.phases().linking(), s.articles() / secs, s.claims() / secs, usage, inBytes / 1024.0 / n, outBytes / 1024.0 / n, vs);
      }
      spark.stop();
    }
    // The anchor: the same pipeline over the largest input on plain threads, no Spark.
    for (int threads : new int[] {1, 2}) {
      ThreadsAnchor.run(inputs.get(sizes[sizes.length - 1]), threads);
    }
    System.out.printf(Locale.ROOT, "load average at the end: %s%n", load());
  }

  /** The 1-, 5- and 15-minute load averages: the machine is shared, and a busy one slows local[2] most. */
  private static String load() throws java.io.IOException {
    Path p = Path.of("/proc/loadavg");
    return Files.exists(p) ? String.join(" ", List.of(Files.readString(p).split(" ")).subList(0, 3)) : "unknown";
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
