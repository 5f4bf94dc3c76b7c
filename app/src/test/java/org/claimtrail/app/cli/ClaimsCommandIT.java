package org.claimtrail.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.claimtrail.testkit.SharedCorpora;
import org.junit.jupiter.api.Test;

/** {@code claimtrail claims} on the seed article, with the real models. */
class ClaimsCommandIT {

  @Test
  void printsOneJsonObjectPerClaimWithTheDocumentedFields() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.run("claims", SharedCorpora.seedArticle().toString());
    } finally {
      System.setOut(old);
    }
    assertEquals(0, code);
    List<JsonNode> claims = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        claims.add(new ObjectMapper().readTree(line));
      }
    }
    assertTrue(claims.size() >= 16, "claims: " + claims.size());
    for (JsonNode c : claims) {
      for (String f : List.of("document", "source", "cue", "stance", "quote", "content", "start", "end", "via", "said_when", "confidence")) {
        assertTrue(c.has(f), "field " + f + " in " + c);
      }
      assertTrue(c.get("source").has("name") && c.get("source").has("type") && c.get("source").has("role"), c.toString());
    }
    JsonNode first = claims.get(0);
    assertEquals("Lloyd Austin", first.get("source").get("name").asText());
    assertEquals("US Defense Secretary", first.get("source").get("role").asText());
    assertEquals("2024-10-22", first.get("said_when").asText());
    assertEquals("The Washington Post", first.get("via").get(0).asText());
  }

  @Test
  void ingestStoresOnceAndReingestingChangesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String db = org.claimtrail.store.Store.h2Url(dir);
    assertEquals(0, Main.run("ingest", "--db", db, SharedCorpora.seedArticle().toString()));
    assertEquals(0, Main.run("ingest", "--db", db, SharedCorpora.seedArticle().toString()));
    try (var store = org.claimtrail.store.Store.open(db)) {
      var counts = store.counts();
      assertEquals(1, counts.get("articles"), counts::toString);
      assertTrue(counts.get("claims") >= 16, counts::toString);
      assertEquals(2, counts.get("ingest_runs"));
      int unchanged = store.jdbi().withHandle(h -> h.createQuery("SELECT unchanged FROM ingest_runs ORDER BY id DESC").mapTo(Integer.class).first());
      assertEquals(1, unchanged, "the second run found the article unchanged");
    }
  }

  @Test
  void anArticleOverTheNlpTimeLimitIsReportedAndTheStoreKeepsWhatItHad(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String db = org.claimtrail.store.Store.h2Url(dir);
    String index = dir.resolve("index").toString();
    assertEquals(0, Main.run("ingest", "--db", db, "--index", index, SharedCorpora.seedArticle().toString()));
    long stored;
    try (var store = org.claimtrail.store.Store.open(db)) {
      stored = store.counts().get("claims");
    }
    assertTrue(stored >= 16, "claims: " + stored);

    // A new text of the seed (one more sentence) under a millisecond: it fails with the reason,
    // named, and changes nothing. (The seed itself is stored, so it would not be annotated at all.)
    String seed = java.nio.file.Files.readString(SharedCorpora.seedArticle());
    String more = seed.replace("This is a developing story.", "This is a developing story. The ministry said nothing more.");
    assertTrue(!more.equals(seed), "the seed has the sentence the test adds to");
    java.nio.file.Path changed = dir.resolve("seed-changed.txt");
    java.nio.file.Files.writeString(changed, more);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ingestReporting(err, "--db", db, "--index", index, "--no-learn", "--threads", "1", "--nlp-time-limit", "0.001", changed.toString());
    String report = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, code, report);
    assertTrue(report.contains(changed.getFileName().toString()) && report.contains("LIMIT: NLP took longer than 0.001 s"), report);
    // One document, one outcome: extracted but not analysed is failed, not also ok.
    assertTrue(report.contains("ingest: 1 documents: 0 ok, 0 unchanged, 0 skipped, 1 failed, 0 claims stored"), report);
    assertTrue(report.contains("ingest: 0 new, 0 revisions, 0 unchanged, 0 skipped, 1 failed; 0 claims stored"), report);
    try (var store = org.claimtrail.store.Store.open(db)) {
      var counts = store.counts();
      assertEquals(1, counts.get("articles"), counts::toString);
      assertEquals(stored, counts.get("claims"), "the article's claims are as they were");
    }
    // And a limit it keeps to finds the claims again (the CLI's pool threads start clean).
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run("claims", "--nlp-time-limit", "120", SharedCorpora.seedArticle().toString()));
    } finally {
      System.setOut(oldOut);
    }
    assertEquals(stored, out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count());
  }
  @Test
  void aStoredArticleIsNotAnnotatedAgain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String db = org.claimtrail.store.Store.h2Url(dir);
    String index = dir.resolve("index").toString();
    assertEquals(0, Main.run("ingest", "--db", db, "--index", index, SharedCorpora.seedArticle().toString()));
    // Under a millisecond of NLP the seed could not be annotated; stored already, it need not be.
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ingestReporting(err, "--db", db, "--index", index, "--nlp-time-limit", "0.001", SharedCorpora.seedArticle().toString());
    String report = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, report);
    assertTrue(report.contains("0 new, 0 revisions, 1 unchanged, 0 skipped, 0 failed; 0 claims stored"), report);
  }

  /** Runs {@code ingest} with stderr captured into {@code err}; returns its exit code. */
  private static int ingestReporting(ByteArrayOutputStream err, String... args) {
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      String[] all = new String[args.length + 1];
      all[0] = "ingest";
      System.arraycopy(args, 0, all, 1, args.length);
      return Main.run(all);
    } finally {
      System.setErr(old);
    }
  }
}
