package org.claimtrail.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.ArticleLabel;
import org.jdbi.v3.core.Jdbi;

/** Articles for people: a paged list, and one article with its claims and removed boilerplate. */
public final class ArticleQueries {
  private final Jdbi jdbi;

  public ArticleQueries(Store store) {
    this.jdbi = store.jdbi();
  }

  /**
   * An article in a list.
   *
   * @param title the headline, or null
   * @param label what to call it: the headline, or the start of its text ({@link ArticleLabel})
   */
  public record ArticleSummary(long id, int revision, String title, String label, String publisher, Optional<Instant> published, String url, int claims) {}

  /** A claim placed in its article: offsets into the body, and its cluster when linked. */
  public record PlacedClaim(long id, String source, String sourceType, String cue, String stance, String quote, int start, int end, String content,
      List<String> via, Optional<Long> cluster) {}

  /** A block the cleaner removed, with the filter that removed it. */
  public record Removed(String filter, String text) {}

  /** One article revision in full. */
  public record ArticleView(ArticleSummary summary, String origin, String authors, String language, String body, List<PlacedClaim> claims,
      List<Removed> removed, Optional<Long> syndicationGroup) {}

  private static final String SUMMARY = "SELECT a.id, a.revision, a.title, a.publisher, a.published, a.url, "
      + "(SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS n, " + Queries.UNTITLED_HEAD + " FROM articles a ";

  private static ArticleSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    String title = rs.getString(3);
    return new ArticleSummary(rs.getLong(1), rs.getInt(2), title, ArticleLabel.of(title, rs.getString("head")), rs.getString(4),
        Optional.ofNullable(rs.getTimestamp(5)).map(Timestamp::toInstant), rs.getString(6), rs.getInt(7));
  }

  /** Newest first; {@code publisher} filters exactly when present. */
  public List<ArticleSummary> list(Optional<String> publisher, int limit, int offset) {
    return jdbi.withHandle(h -> {
      var q = h.createQuery(SUMMARY + (publisher.isPresent() ? "WHERE a.publisher = :p " : "") + "ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT :l OFFSET :o")
          .bind("l", limit).bind("o", offset);
      publisher.ifPresent(p -> q.bind("p", p));
      return q.map((rs, c) -> summary(rs)).list();
    });
  }

  public Optional<ArticleView> article(long id) {
    return jdbi.withHandle(h -> {
      Optional<ArticleSummary> s = h.createQuery(SUMMARY + "WHERE a.id = :id").bind("id", id).map((rs, c) -> summary(rs)).findFirst();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      Object[] more = h.createQuery("SELECT origin, authors, language, body FROM articles WHERE id = :id").bind("id", id)
          .map((rs, c) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).one();
      List<PlacedClaim> claims = h.createQuery("SELECT c.id, c.source_name, c.source_type, c.cue, c.stance, c.quote, c.start_at, c.end_at, c.content, m.cluster_id "
              + "FROM claims c LEFT JOIN cluster_members m ON m.claim_id = c.id WHERE c.article_id = :id ORDER BY c.start_at, c.id")
          .bind("id", id)
          .map((rs, c) -> new PlacedClaim(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
              rs.getInt(8), rs.getString(9),
              h.createQuery("SELECT name FROM claim_via WHERE claim_id = :c ORDER BY position").bind("c", rs.getLong(1)).mapTo(String.class).list(),
              Optional.ofNullable((Long) rs.getObject(10, Long.class))))
          .list();
      List<Removed> removed = h.createQuery("SELECT filter, text FROM removed_blocks WHERE article_id = :id ORDER BY position").bind("id", id)
          .map((rs, c) -> new Removed(rs.getString(1), rs.getString(2))).list();
      Optional<Long> group = h.createQuery("SELECT group_id FROM article_groups WHERE article_id = :id").bind("id", id).mapTo(Long.class).findFirst();
      return Optional.of(new ArticleView(s.get(), (String) more[0], (String) more[1], (String) more[2], (String) more[3], claims, removed, group));
    });
  }

  /** An article's text and claims, without what only its page shows (removed blocks, copies). */
  public record ArticleText(ArticleSummary summary, String body, List<PlacedClaim> claims) {}

  /**
   * The texts and claims of many articles in three queries, whatever their number (the claim check
   * reads 30 at a time; {@link #article} one by one took 15-30 ms each). In the order of {@code
   * ids}; an id not stored is left out.
   */
  public List<ArticleText> texts(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(h -> {
      Map<Long, ArticleSummary> summaries = new HashMap<>();
      Map<Long, String> bodies = new HashMap<>();
      h.createQuery(SUMMARY.replace(" FROM articles a ", ", a.body FROM articles a ") + "WHERE a.id IN (<ids>)").bindList("ids", ids).map((rs, c) -> {
        ArticleSummary sum = summary(rs);
        summaries.put(sum.id(), sum);
        bodies.put(sum.id(), rs.getString("body"));
        return sum;
      }).list();
      Map<Long, List<String>> via = new HashMap<>();
      h.createQuery("SELECT v.claim_id, v.name FROM claim_via v JOIN claims c ON c.id = v.claim_id WHERE c.article_id IN (<ids>) ORDER BY v.claim_id, v.position")
          .bindList("ids", ids).map((rs, c) -> via.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
      Map<Long, List<PlacedClaim>> claims = new HashMap<>();
      h.createQuery("SELECT c.article_id, c.id, c.source_name, c.source_type, c.cue, c.stance, c.quote, c.start_at, c.end_at, c.content, m.cluster_id "
              + "FROM claims c LEFT JOIN cluster_members m ON m.claim_id = c.id WHERE c.article_id IN (<ids>) ORDER BY c.article_id, c.start_at, c.id")
          .bindList("ids", ids)
          .map((rs, c) -> claims.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PlacedClaim(rs.getLong(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getString(10), via.getOrDefault(rs.getLong(2), List.of()),
              Optional.ofNullable((Long) rs.getObject(11, Long.class)))))
          .list();
      List<ArticleText> out = new ArrayList<>();
      for (long id : ids) {
        if (summaries.containsKey(id)) {
          out.add(new ArticleText(summaries.get(id), bodies.get(id), claims.getOrDefault(id, List.of())));
        }
      }
      return out;
    });
  }

  /** The other articles in the same near-duplicate group. */
  public List<ArticleSummary> copies(long groupId, long except) {
    return jdbi.withHandle(h -> h.createQuery(SUMMARY + "JOIN article_groups g ON g.article_id = a.id WHERE g.group_id = :g AND a.id <> :x ORDER BY a.published, a.id")
        .bind("g", groupId).bind("x", except).map((rs, c) -> summary(rs)).list());
  }
}
