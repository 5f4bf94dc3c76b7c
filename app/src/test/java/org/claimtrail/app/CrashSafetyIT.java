package org.claimtrail.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.store.LinkQueries;
import org.claimtrail.store.Store;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code claimtrail ingest} with SIGKILL at random moments, 20 times, re-running it after
 * each kill, then lets it finish. After every kill the store must open, hold no article twice and
 * keep every article an earlier look saw; at the end it must equal an uninterrupted run's store
 * (same articles, same claims per article) and the search index must match the store.
 *
 * <p>Half the kills land at random times (mostly while CoreNLP loads); the other half wait until
 * the run's progress line shows it has stored new articles and then land at a random moment of the
 * articles after them, so that kills during storing do not depend on this machine's speed.
 */
class CrashSafetyIT {
  static final int KILLS = 20;
  @TempDir Path dir;

  @Test
  void killedIngestsLoseNothingAndDuplicateNothing() throws Exception {
    Path input = dir.resolve("news.jsonl");
    List<String> lines = Files.readAllLines(SharedCorpora.corpora().resolve("wikinews/wikinews-2020.jsonl"), StandardCharsets.UTF_8).subList(0, 40);
    Files.writeString(input, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

    Path clean = dir.resolve("clean");
    long started = System.nanoTime();
    assertEquals(0, ingest(clean, input).process().waitFor(), "the uninterrupted reference run");
    // Timed kills scale with how long a whole run takes here: on a slow or busy machine, fixed
    // times would all land while CoreNLP is still loading.
    long runMs = Math.max(10_000, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    Map<String, Integer> expected = claimsPerArticle(clean);

    Path crashed = dir.resolve("crashed");
    Random random = new Random(20261125);
    Set<String> seen = new HashSet<>();
    int killedWithWorkDone = 0;
    for (int k = 0; k < KILLS; k++) {
      Ingest run = ingest(crashed, input);
      String when;
      if (k % 2 == 0) {
        long wait = 1500 + (long) (random.nextDouble() * 0.3 * runMs);
        run.process().waitFor(wait, TimeUnit.MILLISECONDS);
        when = "after " + wait + " ms";
      } else {
        // The stored articles are skipped, so a run that has done more documents than the store
        // held has stored that many new ones; then a random moment among the next ones.
        int target = seen.size() + 1 + random.nextInt(3);
        long delay = (long) (random.nextDouble() * 2000);
        boolean reached = run.awaitDocuments(target, 4 * runMs);
        if (reached) {
          run.process().waitFor(delay, TimeUnit.MILLISECONDS);
        }
        when = (reached ? delay + " ms after" : "without") + " document " + target + " done";
      }
      boolean finished = !run.process().isAlive();
      if (!finished) {
        run.process().destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
      }
      run.process().waitFor();
      run.log("=== kill " + k + " " + when + " (finished: " + finished + ")");
      Map<String, Integer> now = claimsPerArticle(crashed);
      assertTrue(now.keySet().containsAll(seen), "kill " + k + " lost articles committed earlier");
      for (Map.Entry<String, Integer> e : now.entrySet()) {
        assertEquals(expected.get(e.getKey()), e.getValue(), "kill " + k + ": article " + e.getKey() + " is stored whole or not at all");
      }
      if (now.size() > seen.size()) {
        killedWithWorkDone++;
      }
      seen.addAll(now.keySet());
    }
    assertEquals(0, ingest(crashed, input).process().waitFor(), "the run after the kills finishes");
    assertEquals(expected, claimsPerArticle(crashed), "the same articles and claims as the uninterrupted run");
    assertTrue(killedWithWorkDone >= 2, "some kills landed while articles were being stored: " + killedWithWorkDone);
    try (Store store = Store.open(Store.h2Url(crashed)); var index = org.claimtrail.store.search.SearchIndex.open(crashed.resolve("index"))) {
      Map<String, Long> c = store.counts();
      assertEquals(c.get("articles") + c.get("claims"), index.documentCount(), "the search index caught up with the store");
      long duplicates = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM (SELECT article_key FROM articles GROUP BY article_key HAVING COUNT(*) > 1) d")
          .mapTo(Long.class).one());
      assertEquals(0, duplicates);
    }
  }

  /**
   * Kills the server (SIGKILL) while it ingests uploads, three times at different moments, and
   * restarts it: every upload the server acknowledged is ingested after the restart, once.
   */
  @Test
  void uploadsAcknowledgedBeforeAServerKillAreIngestedAfterTheRestart() throws Exception {
    Path data = dir.resolve("server-data");
    List<String> lines = Files.readAllLines(SharedCorpora.corpora().resolve("wikinews/wikinews-2020.jsonl"), StandardCharsets.UTF_8).subList(20, 23);
    long[] killAfterMs = {0, 4000, 15000};
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    for (int i = 0; i < killAfterMs.length; i++) {
      Process server = serve(data, 17100 + i);
      String body = "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"upload" + i + ".jsonl\"\r\n\r\n" + lines.get(i) + "\n\r\n--b--\r\n";
      var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + (17100 + i) + "/api/v1/ingest"))
          .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "multipart/form-data; boundary=b")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(202, r.statusCode(), r.body());
      Thread.sleep(killAfterMs[i]);
      server.destroyForcibly();
      server.waitFor();
    }
    // The restart resumes whatever was acknowledged but not finished.
    Process server = serve(data, 17110);
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
      while (System.nanoTime() < deadline) {
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:17110/api/v1/articles?limit=50")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("items").size() == 3) {
          break;
        }
        Thread.sleep(1000);
      }
    } finally {
      // A normal stop (SIGTERM): the shutdown hook lets the running job finish and closes the store.
      server.destroy();
      if (!server.waitFor(2, TimeUnit.MINUTES)) {
        server.destroyForcibly();
      }
    }
    Map<String, Integer> stored = claimsPerArticle(data);
    assertEquals(3, stored.size(), "each acknowledged upload's article, once: " + stored);
    try (Store store = Store.open(Store.h2Url(data))) {
      long unfinished = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM uploads WHERE state <> 'done'").mapTo(Long.class).one());
      assertEquals(0, unfinished, "the ledger shows every upload done");
    }
  }

  static final String TOKEN = "crash-test-token-0123456789";

  private Process serve(Path data, int port) throws Exception {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        "org.claimtrail.app.cli.Main", "serve", "--db", Store.h2Url(data), "--index", data.resolve("index").toString(), "--port", Integer.toString(port));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target", "crash-serve.log")));
    pb.environment().put("CLAIMTRAIL_API_TOKEN", TOKEN);
    Process p = pb.start();
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    for (int i = 0; i < 120; i++) {
      try {
        if (http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/clusters")).build(),
            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return p;
        }
      } catch (java.io.IOException e) {
        // not up yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the server did not start; see " + dir.resolve("serve.log"));
  }

  /**
   * A real CLI process (its own JVM), as a user would start it, with its progress line on (as on
   * a terminal) so that the test can follow how many documents it has done.
   */
  private Ingest ingest(Path data, Path input) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
        "-Dclaimtrail.progress=true", "-cp", System.getProperty("java.class.path"), "org.claimtrail.app.cli.Main", "ingest", "--db",
        Store.h2Url(data), "--index", data.resolve("index").toString(), "--threads", "2", input.toString()));
    return new Ingest(new ProcessBuilder(cmd).redirectErrorStream(true).start(), Path.of("target", "crash-ingest.log"));
  }

  /** A running ingest: its output goes to the log, and its progress line's document count is kept. */
  private static final class Ingest {
    private static final Pattern DOCUMENTS = Pattern.compile("^(\\d+)(?:/\\d+)? documents, ");
    private final Process process;
    private final Path log;
    private final AtomicInteger documents = new AtomicInteger();

    Ingest(Process process, Path log) {
      this.process = process;
      this.log = log;
      Thread reader = new Thread(this::follow, "crash-ingest-output");
      reader.setDaemon(true);
      reader.start();
    }

    Process process() {
      return process;
    }

    /** Waits until the run has done {@code n} documents; false if it ended or the time ran out first. */
    boolean awaitDocuments(int n, long timeoutMs) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
      while (documents.get() < n && process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      return documents.get() >= n;
    }

    /** Copies the output to the log line by line; the progress line is redrawn after a carriage return. */
    private void follow() {
      try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != -1; ) {
          if (c != '\r' && c != '\n') {
            line.append((char) c);
            continue;
          }
          Matcher m = DOCUMENTS.matcher(line);
          if (m.find()) {
            documents.accumulateAndGet(Integer.parseInt(m.group(1)), Math::max);
          }
          if (!line.isEmpty()) {
            log(line.toString());
          }
          line.setLength(0);
        }
      } catch (java.io.IOException e) {
        log("(output unreadable: " + e + ")");
      }
    }

    synchronized void log(String line) {
      try {
        Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Claims per article key, read from the store as a fresh process would after a crash. */
  private static Map<String, Integer> claimsPerArticle(Path data) {
    if (!Files.exists(data)) {
      return Map.of();
    }
    try (Store store = Store.open(Store.h2Url(data))) {
      Map<String, Integer> out = new TreeMap<>();
      new LinkQueries(store).latestRevisions().forEach((key, ids) -> out.put(key, ids.claimIds().size()));
      return out;
    }
  }
}
