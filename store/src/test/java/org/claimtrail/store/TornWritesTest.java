package org.claimtrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repair that runs when an H2 store opens after an unclean shutdown. A real kill tears an
 * article only now and then (StoreCrashIT); here the torn rows are made by hand, the way H2 left
 * them: an article row missing a claim, one missing a mention, and a claim whose article row is gone.
 */
class TornWritesTest {
  @TempDir Path dir;

  @Test
  void anUncleanOpenRemovesTornArticlesAndOrphansAndKeepsWholeOnes() {
    String url = Store.h2Url(dir);
    Path marker = TornWrites.marker(url);
    try (Store store = Store.open(url)) {
      assertTrue(Files.exists(marker), "an open store is marked");
      for (String key : List.of("whole", "no-claim", "no-mention", "no-row")) {
        store.save(StoreTest.article("https://torn.example/" + key, "text of " + key, 3), Optional.empty());
      }
      store.jdbi().useHandle(h -> {
        h.execute("DELETE FROM claim_via WHERE claim_id = (SELECT MIN(c.id) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.article_key LIKE '%/no-claim')");
        h.execute("DELETE FROM claims WHERE id = (SELECT MIN(c.id) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.article_key LIKE '%/no-claim')");
        h.execute("DELETE FROM mentions WHERE begin_at = 0 AND article_id = (SELECT id FROM articles WHERE article_key LIKE '%/no-mention')");
        h.execute("SET REFERENTIAL_INTEGRITY FALSE");
        h.execute("DELETE FROM articles WHERE article_key LIKE '%/no-row'");
        h.execute("SET REFERENTIAL_INTEGRITY TRUE");
      });
    }
    assertFalse(Files.exists(marker), "a clean close removes the mark");
    try (Store store = Store.open(url)) {
      assertEquals(4 * 3 - 1, store.counts().get("claims"), "a clean open repairs nothing");
    }
    // What a killed process leaves behind: the mark.
    writeMarker(marker);
    try (Store store = Store.open(url)) {
      var counts = store.counts();
      assertEquals(1, counts.get("articles"), "only the whole article is left");
      assertEquals(3, counts.get("claims"));
      assertEquals(3, counts.get("claim_via"));
      assertEquals(2, counts.get("mentions"));
      assertEquals("https://torn.example/whole", store.jdbi().withHandle(h -> h.createQuery("SELECT article_key FROM articles").mapTo(String.class).one()));
      // Saving the removed articles again stores them whole.
      store.save(StoreTest.article("https://torn.example/no-claim", "text of no-claim", 3), Optional.empty());
      assertEquals(6, store.counts().get("claims"));
    }
  }

  @Test
  void aRebuildKeepsEveryRowAndTheOldFile() {
    String url = Store.h2Url(dir);
    try (Store store = Store.open(url)) {
      for (int i = 0; i < 5; i++) {
        store.save(StoreTest.article("https://rebuild.example/" + i, "text " + i, 1 + i), Optional.empty());
      }
    }
    Path aside = TornWrites.rebuild(url);
    assertTrue(Files.exists(aside), "the old file is kept");
    try (Store store = Store.open(url)) {
      var counts = store.counts();
      assertEquals(5, counts.get("articles"));
      assertEquals(15, counts.get("claims"));
      assertEquals(10, counts.get("mentions"));
      // The rebuilt file is a working store: its identity columns go on, its migrations are recorded.
      store.save(StoreTest.article("https://rebuild.example/new", "text new", 2), Optional.empty());
      assertEquals(17, store.counts().get("claims"));
    }
  }

  private static void writeMarker(Path marker) {
    try {
      Files.writeString(marker, "left by a killed process\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
