package org.claimtrail.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds and removes articles that an unclean shutdown left half-written in an embedded H2 file.
 *
 * <p>Each article is saved in one transaction, but H2 (2.3.232, under StoreCrashIT's kills) can
 * recover part of a transaction that never committed: an article row without some of its claims
 * or mentions, or claims without their article. Since the writer was killed before the commit
 * returned, nobody was told the article was stored; removing it restores the state the writer
 * last acknowledged, and ingesting the same input again stores it whole (saving is idempotent).
 *
 * <p>Whether the last shutdown was clean is told by a marker file next to the database: made at
 * open, removed at close. The repair runs only when a marker was left behind, at the first open in
 * a process (no other connection of ours has the file then; H2 locks it against other processes),
 * because it rebuilds the file and reads every article's counts.
 */
final class TornWrites {
  private static final Map<Path, Integer> OPEN = new HashMap<>();

  private TornWrites() {}

  private static final String H2_FILE = "jdbc:h2:file:";

  /** The marker file of an H2 file URL, or null for other databases and in-memory H2. */
  static Path marker(String url) {
    return url.startsWith(H2_FILE) ? Path.of(base(url) + ".unclosed").toAbsolutePath() : null;
  }

  /** The database path of an H2 file URL, without H2's ".mv.db" ending or the URL's options. */
  private static String base(String url) {
    int semi = url.indexOf(';');
    return url.substring(H2_FILE.length(), semi < 0 ? url.length() : semi);
  }

  /**
   * Notes that this process opens the database; returns whether a previous process left it
   * without closing (its marker is still there and this process did not make it).
   */
  static synchronized boolean opening(Path marker) {
    int count = OPEN.getOrDefault(marker, 0);
    OPEN.put(marker, count + 1);
    if (count > 0) {
      return false;
    }
    boolean unclean = Files.exists(marker);
    try {
      Files.createDirectories(marker.getParent());
      Files.writeString(marker, "open in process " + ProcessHandle.current().pid() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the open-marker " + marker, e);
    }
    return unclean;
  }

  /** Notes a clean close; the last one in this process removes the marker. */
  static synchronized void closed(Path marker) {
    int count = OPEN.getOrDefault(marker, 0) - 1;
    if (count > 0) {
      OPEN.put(marker, count);
      return;
    }
    OPEN.remove(marker);
    try {
      Files.deleteIfExists(marker);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the open-marker " + marker, e);
    }
  }

  /**
   * Repairs an H2 database after an unclean shutdown. First it rebuilds the file from its table
   * data, keeping the old file aside: after a kill H2's secondary indexes can disagree with its
   * tables (StoreCrashIT saw "Row not found when trying to delete from index", and an article
   * whose claim one query counted and another did not), so no check on the old file can be
   * trusted. Then it removes torn articles from the rebuilt one.
   */
  static void recover(String url) {
    Path aside = rebuild(url);
    System.err.println("claimtrail: " + url + " was not closed cleanly; rebuilt it from its tables (the old file is kept as " + aside + ")");
    List<String> removed = repair(Jdbi.create(url, "", ""));
    if (!removed.isEmpty()) {
      // Never acknowledged as stored (the writer died before the commit returned): ingest them again.
      System.err.println("claimtrail: removed " + removed.size()
          + " partly written article(s), ingest them again: " + String.join(", ", removed.subList(0, Math.min(10, removed.size())))
          + (removed.size() > 10 ? ", …" : ""));
    }
  }

  /**
   * Rebuilds an H2 file from a script of its tables (read through their primary data, so a broken
   * secondary index does not carry over): SCRIPT, close, RUNSCRIPT into a new file beside it, and
   * only then replace the file, so a failure on the way leaves the original in place. Returns where
   * a copy of the old file went.
   */
  static Path rebuild(String url) {
    String base = base(url);
    String options = url.substring(H2_FILE.length() + base.length());
    Path file = Path.of(base + ".mv.db");
    Path script = Path.of(base + ".rebuild.sql");
    Path fresh = Path.of(base + ".rebuilding.mv.db");
    Path aside = Path.of(base + ".broken-" + System.currentTimeMillis() + ".mv.db");
    try {
      Files.deleteIfExists(fresh); // left by a rebuild that was itself interrupted
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "", ""); java.sql.Statement st = c.createStatement()) {
        st.execute("SCRIPT TO '" + script.toString().replace("'", "''") + "'");
        st.execute("SHUTDOWN");
      }
      String freshUrl = H2_FILE + base + ".rebuilding" + options;
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(freshUrl, "", ""); java.sql.Statement st = c.createStatement()) {
        st.execute("RUNSCRIPT FROM '" + script.toString().replace("'", "''") + "'");
        st.execute("SHUTDOWN");
      }
      // Copy the old file aside, then rename the new one over it in one step: at no moment is
      // there no database file (a kill between two moves would leave an empty store behind).
      Files.copy(file, aside);
      Files.move(fresh, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.delete(script);
      return aside;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot rebuild the H2 database " + file + " after an unclean shutdown: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot swap the rebuilt H2 file in for " + file, e);
    }
  }

  /** Removes torn articles and orphaned claims and mentions; returns the keys of the articles removed. */
  static List<String> repair(Jdbi jdbi) {
    return jdbi.inTransaction(h -> {
      List<Map.Entry<Long, String>> torn = h.createQuery("SELECT a.id, a.article_key FROM articles a WHERE "
              + "(a.claim_count IS NOT NULL AND a.claim_count <> (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id)) "
              + "OR (a.mention_count IS NOT NULL AND a.mention_count <> (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id))")
          .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
      for (Map.Entry<Long, String> a : torn) {
        deleteArticle(h, a.getKey());
      }
      // Rows whose article row never made it (H2 does not check foreign keys while recovering).
      deleteClaims(h, "SELECT id FROM claims c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id)");
      h.execute("DELETE FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)");
      h.execute("DELETE FROM removed_blocks r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id)");
      return torn.stream().map(Map.Entry::getValue).toList();
    });
  }

  private static void deleteArticle(Handle h, long id) {
    deleteClaims(h, "SELECT id FROM claims WHERE article_id = " + id);
    for (String table : List.of("mentions", "removed_blocks", "article_groups")) {
      h.createUpdate("DELETE FROM " + table + " WHERE article_id = :a").bind("a", id).execute();
    }
    h.createUpdate("DELETE FROM articles WHERE id = :a").bind("a", id).execute();
  }

  /** Deletes claims chosen by a query of their ids, with the rows that refer to them. */
  private static void deleteClaims(Handle h, String ids) {
    for (String table : List.of("claim_via", "cluster_members", "cluster_status", "status_overrides")) {
      h.execute("DELETE FROM " + table + " WHERE claim_id IN (" + ids + ")");
    }
    h.execute("DELETE FROM claims WHERE id IN (" + ids + ")");
  }
}
