package org.claimtrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer process killed with SIGKILL 40 times at random moments, on H2 and PostgreSQL: after
 * every kill the store opens, every stored article is whole (its claims and mentions all there,
 * none twice), and no committed article is lost: on PostgreSQL none at all; on H2 none committed
 * more than {@link #H2_WINDOW_MS} before the kill, because H2 writes its file up to about a second
 * after a commit (WRITE_DELAY=0 would close that window, but corrupted the file in CrashSafetyIT;
 * the server flushes explicitly before it acknowledges an upload).
 */
class StoreCrashIT {
  /** Kills per database; -Dclaimtrail.crash.kills=N runs a longer stress test. */
  static final int KILLS = Integer.getInteger("claimtrail.crash.kills", 40);
  static final long H2_WINDOW_MS = 2000;
  @TempDir static Path dir;

  @ParameterizedTest
  @MethodSource("org.claimtrail.store.StoreTest#databases")
  void killedWritersLeaveWholeArticlesAndLoseNoCommittedOne(String db) throws Exception {
    // -Dclaimtrail.crash.db=h2 stresses one database alone.
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("claimtrail.crash.db", db).equals(db), "only " + System.getProperty("claimtrail.crash.db"));
    String url;
    try (Store s = StoreTest.open(db, dir)) {
      url = s.url();
    }
    Random random = new Random(7 + db.hashCode());
    Set<String> committed = new HashSet<>();
    for (int k = 0; k < KILLS; k++) {
      Path out = dir.resolve(db + "-writer-" + k + ".txt");
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
          "org.claimtrail.store.StoreWriterMain", url, db + k).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      // The clock starts at the writer's first commit, not at its start: on a loaded machine the JVM
      // and the migration can take longer than the whole window, and every kill would land before
      // anything was written. On H2 only commits older than its window count, so its writer runs
      // long enough to make some.
      awaitFirstCommit(p, out);
      long runFor = db.equals("h2") ? 3500 + random.nextInt(3000) : 800 + random.nextInt(2500);
      assertTrue(!p.waitFor(runFor, TimeUnit.MILLISECONDS), "the writer runs until killed");
      long killedAt = System.currentTimeMillis();
      p.destroyForcibly();
      p.waitFor();
      // Keys printed after their commit returned, with its time; the last line may be cut by the kill.
      long durableBefore = db.equals("h2") ? killedAt - H2_WINDOW_MS : killedAt;
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      lines.stream().limit(Math.max(0, lines.size() - 1)).filter(l -> l.startsWith("https://crash.example/") && l.contains("\t"))
          .filter(l -> Long.parseLong(l.substring(l.indexOf('\t') + 1)) < durableBefore).map(l -> l.substring(0, l.indexOf('\t'))).forEach(committed::add);
      try (Store store = Store.open(url)) {
        Map<String, Integer> claims = store.jdbi().withHandle(h -> h.createQuery(
                "SELECT a.article_key, (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) FROM articles a")
            .map((rs, c) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        Set<String> missing = new HashSet<>(committed);
        missing.removeAll(claims.keySet());
        assertTrue(missing.isEmpty(), "kill " + k + ": committed articles lost: " + missing);
        for (Map.Entry<String, Integer> e : claims.entrySet()) {
          int i = Integer.parseInt(e.getKey().substring(e.getKey().lastIndexOf('/') + 1));
          assertEquals(1 + i % 7, e.getValue(), "kill " + k + ": " + e.getKey() + " is whole");
        }
        long mentionsOff = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id) <> 2")
            .mapTo(Long.class).one());
        assertEquals(0, mentionsOff, "kill " + k + ": every article has both its mentions");
      }
    }
    // On H2 only commits older than the window count, so fewer are checked than were written.
    assertTrue(committed.size() > 0, "some kills landed after commits that had to survive: " + committed.size());
  }

  /** Waits (a minute at most) until the writer has printed its first committed key. */
  private static void awaitFirstCommit(Process p, Path out) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline && p.isAlive()) {
      if (Files.exists(out) && Files.readString(out, StandardCharsets.UTF_8).contains("https://crash.example/")) {
        return;
      }
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the writer died before its first commit: " + Files.readString(out, StandardCharsets.UTF_8));
  }
}
