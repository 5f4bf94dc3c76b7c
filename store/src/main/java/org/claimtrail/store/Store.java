package org.claimtrail.store;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.Entity;
import org.claimtrail.model.Mention;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Articles, entities, mentions and claims in a database. Thread-safe: each save runs in its own
 * transaction on its own connection, so a failure rolls back that article only and never touches
 * what is already stored.
 */
public final class Store implements AutoCloseable {
  private final Jdbi jdbi;
  private final String url;
  private final javax.sql.DataSource pool;

  private Store(String url, Jdbi jdbi, javax.sql.DataSource pool) {
    this.url = url;
    this.jdbi = jdbi;
    this.pool = pool;
  }

  /** The default embedded database: an H2 file under {@code dir}. */
  public static String h2Url(Path dir) {
    // H2 writes commits to its file up to a second later; what must survive a kill at once (the
    // upload ledger) calls flush(). WRITE_DELAY=0 did that for every commit, but CrashSafetyIT
    // then found the file corrupt ("Double mark" in H2 2.3.232) after kills and a clean close.
    return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("claimtrail") + ";DB_CLOSE_DELAY=-1";
  }

  /**
   * The URL for a process that closes the store itself when it stops (a server's shutdown hook
   * lets the running upload finish, then closes): H2 otherwise closes the database in a shutdown
   * hook of its own, at the same moment, and the job's last writes fail with "Database is already
   * closed" (an upload stored but left "running" in the ledger). Other databases are unchanged.
   */
  public static String closedByOwner(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_ON_EXIT") ? jdbcUrl + ";DB_CLOSE_ON_EXIT=FALSE" : jdbcUrl;
  }

  /**
   * Opens (and creates or migrates) the database at a JDBC URL: {@code jdbc:h2:file:…} or {@code
   * jdbc:postgresql://host/db?user=…}.
   */
  public static Store open(String jdbcUrl) {
    Flyway.configure().dataSource(jdbcUrl, null, null).locations("classpath:db/migration").load().migrate();
    java.nio.file.Path marker = TornWrites.marker(jdbcUrl);
    if (marker != null && TornWrites.opening(marker)) {
      TornWrites.recover(jdbcUrl); // the last process that had it open was killed
    }
    // H2 keeps its file open while the pool lives: reopening an embedded database per statement
    // would cost more than the statement.
    // A server connection costs a round trip and authentication: pool them (measured: without a
    // pool, PostgreSQL saved 112 articles/s on this machine, most of it connection setup).
    javax.sql.DataSource pool;
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      pool = org.h2.jdbcx.JdbcConnectionPool.create(jdbcUrl, "", "");
    } else {
      com.zaxxer.hikari.HikariConfig cfg = new com.zaxxer.hikari.HikariConfig();
      cfg.setJdbcUrl(jdbcUrl);
      cfg.setMaximumPoolSize(Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
      cfg.setPoolName("claimtrail-store");
      pool = new com.zaxxer.hikari.HikariDataSource(cfg);
    }
    return new Store(jdbcUrl, Jdbi.create(pool), pool);
  }

  public String url() {
    return url;
  }

  /** Starts an ingest run and returns its id, for counting its outcomes. */
  public long startRun(String inputs) {
    return jdbi.withHandle(h -> h.createUpdate("INSERT INTO ingest_runs (started_at, inputs) VALUES (:t, :inputs)")
        .bind("t", Timestamp.from(Instant.now()))
        .bind("inputs", inputs)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one());
  }

  /**
   * Records how a run ended: of its {@code documents}, the articles saved as each outcome, and the
   * documents skipped (no article) and failed.
   */
  public void finishRun(long run, long documents, Map<SaveOutcome, Integer> outcomes, int skipped, int failed) {
    jdbi.useHandle(h -> h.createUpdate("UPDATE ingest_runs SET finished_at = :t, documents = :d, new_articles = :n, revisions = :r, unchanged = :u, "
            + "skipped = :s, failed = :f WHERE id = :id")
        .bind("t", Timestamp.from(Instant.now()))
        .bind("d", (int) documents)
        .bind("n", outcomes.getOrDefault(SaveOutcome.NEW, 0))
        .bind("r", outcomes.getOrDefault(SaveOutcome.REVISION, 0))
        .bind("u", outcomes.getOrDefault(SaveOutcome.UNCHANGED, 0))
        .bind("s", skipped)
        .bind("f", failed)
        .bind("id", run)
        .execute());
  }

  /** What a save did, and the database ids of what it wrote (none when unchanged). */
  public record Saved(SaveOutcome outcome, long articleId, List<Long> claimIds) {
    public Saved {
      claimIds = List.copyOf(claimIds);
    }
  }

  /** Saves one article with its entities and claims in one transaction. */
  public SaveOutcome save(ArticleClaims ac, Optional<Long> run) {
    return store(ac, run).outcome();
  }

  /** As {@link #save}, returning the ids written, for the search index. */
  public Saved store(ArticleClaims ac, Optional<Long> run) {
    Article a = ac.article();
    String key = key(a);
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(h -> saveIn(h, ac, key, run));
      } catch (UnableToExecuteStatementException e) {
        // A concurrent writer stored the same article or entity first (a unique key said no). If it
        // was this article, there is nothing left to do; otherwise try again on the new state. H2
        // refuses the key while the other transaction is still open, so the next try waits for it
        // to commit: one try straight after lost 1 of Wikinews 2020's 122 articles on two threads
        // (two articles naming Greece).
        if (sameStored(key, a.contentHash())) {
          return new Saved(SaveOutcome.UNCHANGED, -1, List.of());
        }
        if (attempt == SAVE_ATTEMPTS) {
          throw e;
        }
        pause(25L << attempt);
      }
    }
  }

  /** Tries of one save that a concurrent writer's keys can cost: waits of 50 to 400 ms between them. */
  private static final int SAVE_ATTEMPTS = 5;

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to save again", e);
    }
  }

  /**
   * Whether the same text under the same key is stored already, so that saving the article would
   * change nothing ({@link SaveOutcome#UNCHANGED}). Asked before the NLP stage, it lets a re-run over
   * a corpus (after a crash, or a feed polled again) skip the articles it has, which is most of the
   * run's time.
   */
  public boolean holds(Article a) {
    return sameStored(key(a), a.contentHash());
  }

  /** An article's key: its URL, or for text without one its content hash. */
  private static String key(Article a) {
    return cut(a.url().orElse("sha256:" + a.contentHash()), 2048);
  }

  private boolean sameStored(String key, String hash) {
    return jdbi.withHandle(h -> h.createQuery("SELECT content_hash FROM articles WHERE article_key = :k ORDER BY revision DESC")
        .bind("k", key).mapTo(String.class).findFirst()).map(hash::equals).orElse(false);
  }

  private Saved saveIn(Handle h, ArticleClaims ac, String key, Optional<Long> run) {
    Article a = ac.article();
    Optional<Map<String, Object>> latest = h.createQuery("SELECT revision, content_hash FROM articles WHERE article_key = :k ORDER BY revision DESC")
        .bind("k", key).mapToMap().findFirst();
    if (latest.isPresent() && a.contentHash().equals(latest.get().get("content_hash"))) {
      return new Saved(SaveOutcome.UNCHANGED, -1, List.of());
    }
    int revision = latest.map(m -> ((Number) m.get("revision")).intValue() + 1).orElse(1);
    long articleId = insertArticle(h, ac, key, revision, run);
    Map<String, Long> entityIds = saveEntities(h, ac.entities());
    saveMentions(h, ac, articleId, entityIds);
    saveRemoved(h, a, articleId);
    List<Long> claimIds = saveClaims(h, ac.claims(), articleId, entityIds);
    return new Saved(revision == 1 ? SaveOutcome.NEW : SaveOutcome.REVISION, articleId, claimIds);
  }

  /** The article's row, with the counts of its claims and mentions; returns its id. */
  private static long insertArticle(Handle h, ArticleClaims ac, String key, int revision, Optional<Long> run) {
    Article a = ac.article();
    java.util.Set<String> known = ac.entities().stream().map(Entity::id).collect(java.util.stream.Collectors.toSet());
    long mentionCount = ac.mentions().stream().filter(m -> known.contains(m.entityId())).count();
    // The counts let TornWrites find an article that a crash left without some of its rows.
    return h.createUpdate("INSERT INTO articles (article_key, revision, content_hash, url, title, publisher, authors, published, language, origin, body, ingest_run, ingested_at, claim_count, mention_count) "
            + "VALUES (:key, :rev, :hash, :url, :title, :publisher, :authors, :published, :language, :origin, :body, :run, :now, :claims, :mentions)")
        .bind("claims", ac.claims().size())
        .bind("mentions", (int) mentionCount)
        .bind("key", key)
        .bind("rev", revision)
        .bind("hash", a.contentHash())
        .bind("url", a.url().map(u -> cut(u, 2048)).orElse(null))
        .bind("title", a.title().orElse(null))
        .bind("publisher", a.publisher().map(p -> cut(p, 512)).orElse(null))
        .bind("authors", String.join("; ", a.authors()))
        .bind("published", a.published().map(Timestamp::from).orElse(null))
        .bind("language", a.language().map(l -> cut(l, 16)).orElse(null))
        .bind("origin", a.origin())
        .bind("body", a.text())
        .bind("run", run.orElse(null))
        .bind("now", Timestamp.from(Instant.now()))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  /** The rows of the article's entities (shared across articles) and their aliases; returns the store id of each entity id. */
  private static Map<String, Long> saveEntities(Handle h, List<Entity> entities) {
    Map<String, Long> entityIds = new HashMap<>();
    for (Entity e : entities) {
      long id = entityId(h, e);
      entityIds.put(e.id(), id);
      for (String fullAlias : e.aliases()) {
        String alias = cut(fullAlias, 512);
        if (h.createQuery("SELECT COUNT(*) FROM entity_aliases WHERE entity_id = :e AND alias = :a").bind("e", id).bind("a", alias).mapTo(Integer.class).one() == 0) {
          h.createUpdate("INSERT INTO entity_aliases (entity_id, alias) VALUES (:e, :a)").bind("e", id).bind("a", alias).execute();
        }
      }
    }
    return entityIds;
  }

  private static void saveMentions(Handle h, ArticleClaims ac, long articleId, Map<String, Long> entityIds) {
    var mentions = h.prepareBatch("INSERT INTO mentions (article_id, entity_id, begin_at, end_at, text, role) VALUES (:a, :e, :b, :x, :t, :r)");
    for (Mention m : ac.mentions()) {
      Long eid = entityIds.get(m.entityId());
      if (eid != null) {
        Optional<String> role = ac.entities().stream().filter(e -> e.id().equals(m.entityId())).findFirst().flatMap(Entity::role);
        mentions.bind("a", articleId).bind("e", eid).bind("b", m.begin()).bind("x", m.end()).bind("t", cut(m.text(), 512)).bind("r", role.map(r -> cut(r, 512)).orElse(null)).add();
      }
    }
    if (!ac.mentions().isEmpty()) {
      mentions.execute();
    }
  }

  /** What the cleaning removed, kept for the article page's "removed" view. */
  private static void saveRemoved(Handle h, Article a, long articleId) {
    var removed = h.prepareBatch("INSERT INTO removed_blocks (article_id, position, filter, text) VALUES (:a, :p, :f, :t)");
    for (int i = 0; i < a.removed().size(); i++) {
      Article.RemovedBlock b = a.removed().get(i);
      removed.bind("a", articleId).bind("p", i).bind("f", cut(b.filter(), 64)).bind("t", b.text()).add();
    }
    if (!a.removed().isEmpty()) {
      removed.execute();
    }
  }

  private static List<Long> saveClaims(Handle h, List<Claim> claims, long articleId, Map<String, Long> entityIds) {
    List<Long> claimIds = new java.util.ArrayList<>();
    for (Claim c : claims) {
      long claimId = h.createUpdate("INSERT INTO claims (article_id, source_name, source_type, source_entity_id, source_role, source_text, cue, cue_lemma, stance, quote, content, start_at, end_at, said_when, confidence) "
              + "VALUES (:a, :sn, :st, :se, :sr, :stext, :cue, :lemma, :stance, :quote, :content, :s, :e, :when, :conf)")
          .bind("a", articleId)
          .bind("sn", cut(c.source().name(), 512))
          .bind("st", c.source().type().name())
          .bind("se", c.source().entityId().map(entityIds::get).orElse(null))
          // Cut to the columns' sizes: one odd claim must not fail its whole article.
          .bind("sr", c.source().role().map(r -> cut(r, 512)).orElse(null))
          .bind("stext", cut(c.source().text(), 1024))
          .bind("cue", cut(c.cue(), 256))
          .bind("lemma", cut(c.cueLemma(), 64))
          .bind("stance", c.stance().label())
          .bind("quote", c.quote().label())
          .bind("content", c.content())
          .bind("s", c.start())
          .bind("e", c.end())
          .bind("when", c.saidWhen().orElse(null))
          .bind("conf", c.confidence())
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      claimIds.add(claimId);
      List<String> via = c.via();
      for (int i = 0; i < via.size(); i++) {
        h.createUpdate("INSERT INTO claim_via (claim_id, position, name) VALUES (:c, :p, :n)").bind("c", claimId).bind("p", i).bind("n", cut(via.get(i), 512)).execute();
      }
    }
    return claimIds;
  }

  /** The entity's row, created on first sight; entities are shared across articles by name and type. */
  private static long entityId(Handle h, Entity e) {
    Optional<Long> id = h.createQuery("SELECT id FROM entities WHERE canonical = :c AND type = :t")
        .bind("c", cut(e.canonical(), 512)).bind("t", e.type().name()).mapTo(Long.class).findFirst();
    return id.orElseGet(() -> h.createUpdate("INSERT INTO entities (canonical, type) VALUES (:c, :t)")
        .bind("c", cut(e.canonical(), 512)).bind("t", e.type().name())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
  }

  /**
   * Replaces the linking results with a new run's, in one transaction: near-duplicate groups
   * ({@code groups} maps article id to group id) and claim clusters whose members and status
   * changes name claims by their database id. Returns the clusters' new database ids, in order.
   */
  public List<Long> replaceLinks(Map<Long, Long> groups, List<org.claimtrail.model.ClaimCluster> clusters) {
    return jdbi.inTransaction(h -> {
      for (String t : List.of("cluster_status", "cluster_origins", "cluster_members", "claim_clusters", "article_groups")) {
        h.execute("DELETE FROM " + t);
      }
      var g = h.prepareBatch("INSERT INTO article_groups (article_id, group_id) VALUES (:a, :g)");
      groups.forEach((a, grp) -> g.bind("a", a).bind("g", grp).add());
      if (!groups.isEmpty()) {
        g.execute();
      }
      List<Long> ids = new java.util.ArrayList<>();
      for (org.claimtrail.model.ClaimCluster c : clusters) {
        Optional<Instant> first = c.history().isEmpty() ? Optional.empty() : c.history().get(0).at();
        Optional<Instant> last = c.history().isEmpty() ? Optional.empty() : c.history().get(c.history().size() - 1).at();
        long id = h.createUpdate("INSERT INTO claim_clusters (label, status, members, origins, first_seen, last_change) VALUES (:l, :s, :m, :o, :f, :c)")
            .bind("l", c.label()).bind("s", c.status().label()).bind("m", c.members().size()).bind("o", c.origins().size())
            .bind("f", first.map(Timestamp::from).orElse(null)).bind("c", last.map(Timestamp::from).orElse(null))
            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        ids.add(id);
        var m = h.prepareBatch("INSERT INTO cluster_members (cluster_id, claim_id) VALUES (:c, :m)");
        c.members().forEach(member -> m.bind("c", id).bind("m", Long.parseLong(member)).add());
        m.execute();
        for (int i = 0; i < c.origins().size(); i++) {
          h.createUpdate("INSERT INTO cluster_origins (cluster_id, position, name) VALUES (:c, :p, :n)").bind("c", id).bind("p", i).bind("n", c.origins().get(i)).execute();
        }
        for (int i = 0; i < c.history().size(); i++) {
          var ch = c.history().get(i);
          h.createUpdate("INSERT INTO cluster_status (cluster_id, position, changed_at, status, claim_id, reason) VALUES (:c, :p, :t, :s, :m, :r)")
              .bind("c", id).bind("p", i).bind("t", ch.at().map(Timestamp::from).orElse(null)).bind("s", ch.status().label())
              .bind("m", Long.parseLong(ch.claimId())).bind("r", ch.reason()).execute();
        }
      }
      Edits.applyOverrides(h);
      return ids;
    });
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  /**
   * Makes everything committed so far durable now: H2 writes its file up to a second after a
   * commit, so a row that a client is told about (an accepted upload) is flushed first. A server
   * database (PostgreSQL) is durable at commit; nothing to do there.
   */
  public void flush() {
    if (url.startsWith("jdbc:h2:")) {
      jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
    }
  }

  /** Row counts of the main tables, for summaries and tests. */
  public Map<String, Long> counts() {
    return jdbi.withHandle(h -> {
      Map<String, Long> out = new java.util.LinkedHashMap<>();
      for (String t : List.of("articles", "entities", "entity_aliases", "mentions", "claims", "claim_via", "ingest_runs", "claim_clusters", "cluster_members", "cluster_status", "article_groups",
          "removed_blocks", "status_overrides", "user_aliases", "uploads")) {
        out.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one());
      }
      return out;
    });
  }

  /** Direct access for queries not yet given a method (read-only use, please). */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** Closes an embedded database cleanly (its file is then complete); a server needs nothing. */
  @Override
  public void close() {
    if (pool instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException("Cannot close the connection pool of " + url, e);
      }
    }
    if (url.startsWith("jdbc:h2:")) {
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "", "")) {
        c.createStatement().execute("SHUTDOWN");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("Cannot close the H2 database at " + url, e);
      }
      java.nio.file.Path marker = TornWrites.marker(url);
      if (marker != null) {
        TornWrites.closed(marker);
      }
    }
  }
}
