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

    // The seed again under a millisecond: it fails with the reason, named, and changes nothing.
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.run("ingest", "--db", db, "--index", index, "--no-learn", "--threads", "1", "--nlp-time-limit", "0.001",
          SharedCorpora.seedArticle().toString());
    } finally {
      System.setErr(old);
    }
    String report = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, code, report);
    assertTrue(report.contains(SharedCorpora.seedArticle().getFileName().toString()) && report.contains("LIMIT: NLP took longer than 0.001 s"), report);
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
}
