package org.claimtrail.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The server's upload ledger. A file is written to disk and recorded here as {@code received}
 * before the client hears "accepted"; ingest then moves it to {@code done} or {@code failed}. A
 * crash in between leaves it {@code received}, and the next start ingests it again, which is safe
 * because re-ingesting an article is a no-op.
 */
public final class Uploads {
  public static final String RECEIVED = "received";
  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";

  private final Jdbi jdbi;
  private final Store store;

  public Uploads(Store store) {
    this.store = store;
    this.jdbi = store.jdbi();
  }

  /**
   * One uploaded file and what became of it: of its {@code documents}, the {@code articles} stored
   * or found stored already ({@code unchanged} of them), and those {@code skipped} (no article) and
   * {@code failed}; {@code claims} stored.
   */
  public record Upload(String id, String job, String name, String storedAs, long bytes, Instant receivedAt, String state, int documents,
      int articles, int claims, Optional<String> errors, int unchanged, int skipped, int failed) {}

  /** How a file's documents ended. */
  public record Counts(int documents, int articles, int unchanged, int skipped, int failed, int claims) {}

  /** Records a received file; durable when this returns (the client is told "accepted" next). */
  public void received(String id, String job, String name, String storedAs, long bytes) {
    jdbi.useHandle(h -> h.createUpdate("INSERT INTO uploads (id, job, name, stored_as, bytes, received_at, state) VALUES (:i, :j, :n, :s, :b, :t, :st)")
        .bind("i", id).bind("j", job).bind("n", name).bind("s", storedAs).bind("b", bytes).bind("t", Timestamp.from(Instant.now())).bind("st", RECEIVED).execute());
    store.flush();
  }

  public void state(String id, String state) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE uploads SET state = :s WHERE id = :i").bind("s", state).bind("i", id).execute());
  }

  public void finished(String id, String state, Counts n, String errors) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE uploads SET state = :s, documents = :d, articles = :a, unchanged = :u, skipped = :k, failed = :f, "
            + "claims = :c, errors = :e WHERE id = :i")
        .bind("s", state).bind("d", n.documents()).bind("a", n.articles()).bind("u", n.unchanged()).bind("k", n.skipped()).bind("f", n.failed())
        .bind("c", n.claims()).bind("e", errors == null || errors.isEmpty() ? null : errors).bind("i", id).execute());
  }

  public List<Upload> job(String job) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM uploads WHERE job = :j ORDER BY received_at, id").bind("j", job).map((rs, c) -> row(rs)).list());
  }

  /** Uploads not yet finished (after a crash: the ones to ingest again), oldest first. */
  public List<Upload> unfinished() {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM uploads WHERE state IN ('received', 'running') ORDER BY received_at, id").map((rs, c) -> row(rs)).list());
  }

  public List<Upload> recent(int limit) {
    return jdbi.withHandle(h -> h.createQuery("SELECT * FROM uploads ORDER BY received_at DESC, id LIMIT :n").bind("n", limit).map((rs, c) -> row(rs)).list());
  }

  private static Upload row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Upload(rs.getString("id"), rs.getString("job"), rs.getString("name"), rs.getString("stored_as"), rs.getLong("bytes"),
        rs.getTimestamp("received_at").toInstant(), rs.getString("state"), rs.getInt("documents"), rs.getInt("articles"), rs.getInt("claims"),
        Optional.ofNullable(rs.getString("errors")), rs.getInt("unchanged"), rs.getInt("skipped"), rs.getInt("failed"));
  }
}
