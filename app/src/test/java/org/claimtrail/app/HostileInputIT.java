package org.claimtrail.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.claimtrail.app.cli.Main;
import org.claimtrail.store.Store;
import org.claimtrail.testkit.HostileCorpus;
import org.claimtrail.testkit.HostileCorpus.Expect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus through {@code claimtrail ingest}, in one batch with good articles: each bad
 * file gets an error line naming it, the good ones are stored, nothing crashes the run, and what
 * was stored before is intact. The 100 MB page runs in a separate JVM with a small heap, to show
 * memory stays bounded.
 */
class HostileInputIT {
  @TempDir Path dir;

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void everyHostileFileGetsAClearErrorOrASaneResultAndTheBatchGoesOn() throws Exception {
    Path corpus = dir.resolve("hostile");
    Map<String, Expect> files = HostileCorpus.write(corpus, 256L << 20);
    String db = Store.h2Url(dir.resolve("data"));
    // What was stored before must survive the hostile batch.
    Path good = dir.resolve("good.jsonl");
    Files.writeString(good, "{\"url\": \"https://good.example/1\", \"published\": \"2024-10-22\", \"text\": \"The governor said on Monday that the "
        + "flood barriers held. Residents claimed the water rose quickly.\"}\n");
    assertEquals(0, Main.run("ingest", "--db", db, "--index", dir.resolve("data/index").toString(), good.toString()));
    Map<String, Long> before = counts(db);

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.run("ingest", "--db", db, "--index", dir.resolve("data/index").toString(), "--max-decompressed-mb", "64", "--threads", "2", corpus.toString());
    } finally {
      System.setErr(old);
    }
    String log = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, code, "bad input is exit code 1:\n" + log);
    List<String> origins = origins(db);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Expect> f : files.entrySet()) {
      boolean named = log.lines().anyMatch(l -> l.contains(f.getKey()));
      boolean stored = origins.stream().anyMatch(o -> o.contains(f.getKey()));
      boolean ok = switch (f.getValue()) {
        case ERROR -> named && !stored;
        case ARTICLE -> stored;
        case ARTICLE_AND_ERROR -> stored && named;
        case NOTHING_OR_ERROR -> true;
      };
      if (!ok) {
        problems.add(f.getKey() + " expected " + f.getValue() + " (named in errors: " + named + ", stored: " + stored + ")");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n--- stderr ---\n" + log);
    assertFalse(log.contains("Exception in thread"), "no thread died:\n" + log);
    assertTrue(log.contains("bomb.jsonl.gz") && log.contains("limit"), "the gzip bomb stops at the limit:\n" + log);
    Map<String, Long> after = counts(db);
    assertTrue(after.get("articles") > before.get("articles"), "the good hostile files were stored");
    try (Store store = Store.open(db)) {
      long undated = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE (origin LIKE '%year-0%' OR origin LIKE '%year-9999%') "
          + "AND published IS NULL").mapTo(Long.class).one());
      assertEquals(2, undated, "dates in the year 0 and 9999 are dropped, the articles kept");
      List<String> russian = store.jdbi().withHandle(h -> h.createQuery("SELECT body FROM articles WHERE origin LIKE '%cp1251%'").mapTo(String.class).list());
      assertEquals(3, russian.size());
      for (String body : russian) {
        assertTrue(body.contains("Министерство обороны") && !body.contains("\uFFFD"), "decoded as windows-1251 whatever the declaration: " + body);
      }
      long leaked = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE body LIKE '%root:%' OR title LIKE '%root:%'").mapTo(Long.class).one());
      assertEquals(0, leaked, "no external entity was expanded");
      assertEquals(1L, (long) store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM articles WHERE article_key = 'https://good.example/1'").mapTo(Long.class).one()));
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aHundredMegabytePageIsRefusedWithinASmallHeap() throws Exception {
    Path page = dir.resolve("huge.html");
    HostileCorpus.writeHugePage(page, 100L << 20);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "org.claimtrail.app.cli.Main", "extract", page.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(4, TimeUnit.MINUTES));
    assertEquals(1, p.exitValue(), out.length() > 2000 ? out.substring(out.length() - 2000) : out);
    assertTrue(out.contains("huge.html") && out.contains("limit"), "a clear error naming the file: " + out.substring(0, Math.min(out.length(), 2000)));
    assertFalse(out.contains("OutOfMemoryError"), "bounded memory");
  }

  private static Map<String, Long> counts(String db) {
    try (Store store = Store.open(db)) {
      return store.counts();
    }
  }

  private static List<String> origins(String db) {
    try (Store store = Store.open(db)) {
      return store.jdbi().withHandle(h -> h.createQuery("SELECT origin FROM articles").mapTo(String.class).list());
    }
  }
}
