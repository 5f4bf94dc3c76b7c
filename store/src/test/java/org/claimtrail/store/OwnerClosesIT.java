package org.claimtrail.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that closes its store in a shutdown hook (the server) can still write there after a
 * SIGTERM: H2 is told not to close the database by itself at exit.
 */
class OwnerClosesIT {
  @TempDir Path dir;

  @Test
  void aWriteInTheOwnersShutdownHookIsStored() throws Exception {
    String url = Store.h2Url(dir);
    String key = "https://stop.example/last-job";
    Path log = dir.resolve("writer.log");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        StoppingWriterMain.class.getName(), url, key).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (!Files.readString(log, StandardCharsets.UTF_8).contains("ready") && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    p.destroy(); // SIGTERM: shutdown hooks run
    assertTrue(p.waitFor(1, TimeUnit.MINUTES), "the process stops");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    try (Store store = Store.open(url)) {
      assertEquals(2L, store.counts().get("articles"), "the write after the stop signal was stored; the process said:\n" + out);
    }
  }

  @Test
  void onlyEmbeddedUrlsAreChanged() {
    assertEquals("jdbc:h2:file:/x/claimtrail;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", Store.closedByOwner("jdbc:h2:file:/x/claimtrail;DB_CLOSE_DELAY=-1"));
    assertEquals("jdbc:h2:file:/x/c;db_close_on_exit=true", Store.closedByOwner("jdbc:h2:file:/x/c;db_close_on_exit=true"));
    assertEquals("jdbc:postgresql://localhost/claimtrail", Store.closedByOwner("jdbc:postgresql://localhost/claimtrail"));
  }
}
