package org.claimtrail.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.claimtrail.model.ArticleLabel;
import org.jdbi.v3.core.Jdbi;

/** Read-only views of the store for people and programs (the CLI now, the HTTP API later). */
public final class Queries {
  private final Jdbi jdbi;

  public Queries(Store store) {
    this.jdbi = store.jdbi();
  }

  /**
   * One claim as stored, with its article.
   *
   * @param title the article's headline, or null
   * @param articleLabel what to call the article ({@link ArticleLabel}: the headline, or the start of its text)
   */
  public record ClaimRow(long id, long articleId, String origin, String title, String articleLabel, String publisher, Optional<Instant> published, String source,
      String sourceType, String stance, String quote, String cue, String content, Optional<String> saidWhen, List<String> via) {}

  /** A claim cluster with its members, origins and status history. */
  public record ClusterView(long id, String label, String status, List<String> origins, List<Change> history, List<ClaimRow> members) {}

  /** One status change. */
  public record Change(Optional<Instant> at, String status, long claimId, String reason) {}

  /** A source's track record: how its claims fared. */
  public record SourceRecord(String source, String type, long claims, long clusters, long corroborated, long confirmed, long disputed, long retracted) {}

  /**
   * The start of an untitled article's body, as {@code head} (null when it has a title): all that
   * {@link ArticleLabel} reads to name it.
   */
  public static final String UNTITLED_HEAD = "CASE WHEN a.title IS NULL OR TRIM(a.title) = '' THEN SUBSTRING(a.body, 1, " + ArticleLabel.HEAD + ") END AS head";

  static final String CLAIM_SELECT =
      "SELECT c.id, c.article_id, a.origin, a.title, a.publisher, a.published, c.source_name, c.source_type, c.stance, c.quote, c.cue, c.content, c.said_when, "
          + UNTITLED_HEAD + " FROM claims c JOIN articles a ON a.id = c.article_id ";

  /** One claim row without its provenance chain; {@link #withVia} fills the chains of a list in one query. */
  static ClaimRow claimRow(java.sql.ResultSet rs, org.jdbi.v3.core.Handle h) throws java.sql.SQLException {
    String title = rs.getString("title");
    return new ClaimRow(rs.getLong("id"), rs.getLong("article_id"), rs.getString("origin"), title, ArticleLabel.of(title, rs.getString("head")), rs.getString("publisher"),
        Optional.ofNullable(rs.getTimestamp("published")).map(Timestamp::toInstant), rs.getString("source_name"), rs.getString("source_type"),
        rs.getString("stance"), rs.getString("quote"), rs.getString("cue"), rs.getString("content"), Optional.ofNullable(rs.getString("said_when")), List.of());
  }

  /** Ids per {@code IN (…)} query, and claims per batch of {@link #forEachClaimBatch}. */
  private static final int BATCH = 1000;

  /** {@code xs} in consecutive parts of at most {@link #BATCH}. */
  private static <T> List<List<T>> batches(List<T> xs) {
    List<List<T>> out = new java.util.ArrayList<>();
    for (int from = 0; from < xs.size(); from += BATCH) {
      out.add(xs.subList(from, Math.min(xs.size(), from + BATCH)));
    }
    return out;
  }

  /**
   * The rows with their provenance chains, read in batches of a thousand ids (one query per
   * claim made a 2,000-claim timeline take over half a second).
   */
  static List<ClaimRow> withVia(org.jdbi.v3.core.Handle h, List<ClaimRow> rows) {
    java.util.Map<Long, List<String>> via = new java.util.HashMap<>();
    for (List<ClaimRow> part : batches(rows)) {
      List<Long> ids = part.stream().map(ClaimRow::id).toList();
      h.createQuery("SELECT claim_id, name FROM claim_via WHERE claim_id IN (<ids>) ORDER BY claim_id, position").bindList("ids", ids)
          .map((rs, c) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))
          .forEach(e -> via.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
    }
    if (via.isEmpty()) {
      return rows;
    }
    return rows.stream().map(r -> via.containsKey(r.id()) ? new ClaimRow(r.id(), r.articleId(), r.origin(), r.title(), r.articleLabel(), r.publisher(), r.published(), r.source(),
        r.sourceType(), r.stance(), r.quote(), r.cue(), r.content(), r.saidWhen(), List.copyOf(via.get(r.id()))) : r).toList();
  }

  public Optional<ClusterView> cluster(long id) {
    return jdbi.withHandle(h -> {
      Optional<Object[]> head = h.createQuery("SELECT label, status FROM claim_clusters WHERE id = :id").bind("id", id)
          .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2)}).findFirst();
      if (head.isEmpty()) {
        return Optional.empty();
      }
      List<String> origins = h.createQuery("SELECT name FROM cluster_origins WHERE cluster_id = :id ORDER BY position").bind("id", id).mapTo(String.class).list();
      List<Change> history = h.createQuery("SELECT changed_at, status, claim_id, reason FROM cluster_status WHERE cluster_id = :id ORDER BY position").bind("id", id)
          .map((rs, ctx) -> new Change(Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant), rs.getString(2), rs.getLong(3), rs.getString(4))).list();
      List<ClaimRow> members = h.createQuery(CLAIM_SELECT + "JOIN cluster_members m ON m.claim_id = c.id WHERE m.cluster_id = :id ORDER BY a.published, c.id")
          .bind("id", id).map((rs, ctx) -> claimRow(rs, h)).list();
      members = withVia(h, members);
      return Optional.of(new ClusterView(id, (String) head.get()[0], (String) head.get()[1], origins, history, members));
    });
  }

  /** The cluster a claim belongs to, if linking has run. */
  public Optional<Long> clusterOfClaim(long claimId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT cluster_id FROM cluster_members WHERE claim_id = :c").bind("c", claimId).mapTo(Long.class).findFirst());
  }

  /**
   * Claims by or about an entity (as source, or mentioned in the article), in publication order.
   * The entity is looked up once by name, then matched by id, so the indexes on claims and
   * mentions do the work (matching names row by row took seconds at a million claims).
   */
  public List<ClaimRow> timeline(Optional<String> entity, Optional<Instant> from, Optional<Instant> to, int limit) {
    return jdbi.withHandle(h -> {
      List<Long> ids = entity.map(e -> h.createQuery("SELECT id FROM entities WHERE LOWER(canonical) = LOWER(:e)").bind("e", e).mapTo(Long.class).list())
          .orElse(List.of());
      StringBuilder where = new StringBuilder("WHERE 1 = 1 ");
      if (entity.isPresent()) {
        where.append("AND (c.source_name = :name");
        if (!ids.isEmpty()) {
          where.append(" OR c.source_entity_id IN (<ids>) OR c.article_id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN (<ids>))");
        }
        where.append(") ");
      }
      from.ifPresent(f -> where.append("AND a.published >= :from "));
      to.ifPresent(t -> where.append("AND a.published <= :to "));
      var q = h.createQuery(CLAIM_SELECT + where + "ORDER BY a.published, c.id LIMIT :limit").bind("limit", limit);
      entity.ifPresent(e -> q.bind("name", e));
      if (!ids.isEmpty()) {
        q.bindList("ids", ids);
      }
      from.ifPresent(f -> q.bind("from", Timestamp.from(f)));
      to.ifPresent(t -> q.bind("to", Timestamp.from(t)));
      return withVia(h, q.map((rs, ctx) -> claimRow(rs, h)).list());
    });
  }

  /** One stored revision of an article and its claims ("source: content"). */
  public record Revision(int revision, long articleId, String label, Instant ingestedAt, String contentHash, List<String> claims) {}

  /** The revisions stored under an article key (its canonical URL), oldest first. */
  public List<Revision> revisions(String key) {
    return jdbi.withHandle(h -> h.createQuery("SELECT a.id, a.revision, a.ingested_at, a.content_hash, a.title, " + UNTITLED_HEAD
            + " FROM articles a WHERE a.article_key = :k ORDER BY a.revision")
        .bind("k", key)
        .map((rs, ctx) -> new Revision(rs.getInt("revision"), rs.getLong("id"), ArticleLabel.of(rs.getString("title"), rs.getString("head")),
            rs.getTimestamp("ingested_at").toInstant(), rs.getString("content_hash"),
            h.createQuery("SELECT source_name, stance, content FROM claims WHERE article_id = :a ORDER BY start_at")
                .bind("a", rs.getLong("id"))
                .map((r2, c2) -> r2.getString(1) + " [" + r2.getString(2) + "]: " + r2.getString(3)).list()))
        .list());
  }

  /** Every stored claim, in id order (for export); provenance chains are read a thousand claims at a time. */
  public void forEachClaim(java.util.function.Consumer<ClaimRow> consumer) {
    forEachClaimBatch(batch -> batch.forEach(consumer));
  }

  /** Every stored claim, in id order, a thousand at a time (with their provenance chains). */
  public void forEachClaimBatch(java.util.function.Consumer<List<ClaimRow>> consumer) {
    jdbi.useHandle(h -> {
      List<ClaimRow> batch = new java.util.ArrayList<>();
      h.createQuery(CLAIM_SELECT + "ORDER BY c.id").map((rs, ctx) -> claimRow(rs, h)).forEach(r -> {
        batch.add(r);
        if (batch.size() == BATCH) {
          consumer.accept(withVia(h, batch));
          batch.clear();
        }
      });
      if (!batch.isEmpty()) {
        consumer.accept(withVia(h, batch));
      }
    });
  }

  /**
   * The clusters of these claims (claim id to cluster id; claims in none are left out), a thousand
   * ids to a query: one query per claim made export and the search page wait on the database per row.
   */
  public java.util.Map<Long, Long> clustersOfClaims(java.util.Collection<Long> claimIds) {
    java.util.Map<Long, Long> out = new java.util.HashMap<>();
    List<Long> ids = List.copyOf(claimIds);
    jdbi.useHandle(h -> {
      for (List<Long> part : batches(ids)) {
        h.createQuery("SELECT claim_id, cluster_id FROM cluster_members WHERE claim_id IN (<ids>)")
            .bindList("ids", part)
            .map((rs, c) -> java.util.Map.entry(rs.getLong(1), rs.getLong(2)))
            .forEach(e -> out.putIfAbsent(e.getKey(), e.getValue()));
      }
    });
    return out;
  }

  /** A cluster in a list: id, label, status and sizes. */
  public record ClusterSummary(long id, String label, String status, int members, int origins, Optional<Instant> lastChange) {}

  /** The largest clusters, then the most recently changed. */
  public List<ClusterSummary> topClusters(int limit, int offset) {
    return clusters(false, limit, offset);
  }

  /** Clusters by size (largest first) or, when {@code newest}, by their latest change (newest first). */
  public List<ClusterSummary> clusters(boolean newest, int limit, int offset) {
    String order = newest ? "last_change DESC NULLS LAST, members DESC, id" : "members DESC, last_change DESC, id";
    return jdbi.withHandle(h -> h.createQuery("SELECT id, label, status, members, origins, last_change FROM claim_clusters "
            + "ORDER BY " + order + " LIMIT :limit OFFSET :offset")
        .bind("limit", limit).bind("offset", offset)
        .map((rs, ctx) -> new ClusterSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
            Optional.ofNullable(rs.getTimestamp(6)).map(Timestamp::toInstant)))
        .list());
  }

  /** A status change in a list of recent changes, with its cluster's label. */
  public record StatusChange(long clusterId, String label, Change change) {}

  /** The latest status changes across clusters (newest first), for the dashboard. */
  public List<StatusChange> recentChanges(int limit) {
    return jdbi.withHandle(h -> h.createQuery("SELECT s.cluster_id, k.label, s.changed_at, s.status, s.claim_id, s.reason FROM cluster_status s "
            + "JOIN claim_clusters k ON k.id = s.cluster_id WHERE s.position > 0 OR s.status <> 'claimed' "
            + "ORDER BY s.changed_at DESC NULLS LAST, s.cluster_id, s.position DESC LIMIT :limit")
        .bind("limit", limit)
        .map((rs, ctx) -> new StatusChange(rs.getLong(1), rs.getString(2), new Change(Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant),
            rs.getString(4), rs.getLong(5), rs.getString(6))))
        .list());
  }

  /**
   * Sources left out of track records: every "she (unresolved)" of every article is somebody
   * else, so their claims together are nobody's record.
   */
  private static final String UNRESOLVED = "%" + org.claimtrail.model.ClaimSource.UNRESOLVED;

  /**
   * The sources with the most claims, with how many of their clusters were corroborated: counts
   * claims per source first (one pass over the claims), then looks up clusters for those few
   * only — the full track-record query joins every claim and took a second a page at 50,000.
   */
  public List<SourceRecord> activeSources(int limit) {
    return jdbi.withHandle(h -> {
      List<Object[]> top = h.createQuery("SELECT source_name, MIN(source_type), COUNT(*) AS n FROM claims WHERE source_name NOT LIKE :unresolved "
              + "GROUP BY source_name ORDER BY n DESC, source_name LIMIT :l")
          .bind("l", limit).bind("unresolved", UNRESOLVED).map((rs, c) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)}).list();
      List<SourceRecord> out = new java.util.ArrayList<>();
      for (Object[] t : top) {
        long corroborated = h.createQuery("SELECT COUNT(DISTINCT k.id) FROM claims c JOIN cluster_members m ON m.claim_id = c.id "
                + "JOIN claim_clusters k ON k.id = m.cluster_id WHERE c.source_name = :s AND k.status = 'corroborated'")
            .bind("s", (String) t[0]).mapTo(Long.class).one();
        out.add(new SourceRecord((String) t[0], (String) t[1], (Long) t[2], 0, corroborated, 0, 0, 0));
      }
      return out;
    });
  }

  /** Track records of the sources with the most claims (unresolved pronouns left out). */
  public List<SourceRecord> sources(int limit) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT c.source_name, MIN(c.source_type) AS type, COUNT(*) AS claims, COUNT(DISTINCT m.cluster_id) AS clusters, "
                + "COUNT(DISTINCT CASE WHEN k.status = 'corroborated' THEN k.id END) AS corroborated, "
                + "COUNT(DISTINCT CASE WHEN k.status = 'confirmed' THEN k.id END) AS confirmed, "
                + "COUNT(DISTINCT CASE WHEN k.status = 'disputed' THEN k.id END) AS disputed, "
                + "COUNT(DISTINCT CASE WHEN k.status = 'retracted' THEN k.id END) AS retracted "
                + "FROM claims c LEFT JOIN cluster_members m ON m.claim_id = c.id LEFT JOIN claim_clusters k ON k.id = m.cluster_id "
                + "WHERE c.source_name NOT LIKE :unresolved GROUP BY c.source_name ORDER BY claims DESC, c.source_name LIMIT :limit")
        .bind("limit", limit).bind("unresolved", UNRESOLVED)
        .map((rs, ctx) -> new SourceRecord(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
        .list());
  }
}
