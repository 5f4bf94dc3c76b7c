package org.claimtrail.store;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.claimtrail.model.ArticleToLink;
import org.claimtrail.model.ClaimToLink;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.jdbi.v3.core.Jdbi;

/**
 * What linking reads of the store, as the records the linker takes (ids are the store's, as
 * text), and the store ids of articles saved under known keys (to re-key another runner's links).
 */
public final class LinkQueries {
  private final Jdbi jdbi;

  public LinkQueries(Store store) {
    this.jdbi = store.jdbi();
  }

  /** Every stored article revision with its text, in id order, one at a time (bodies are large). */
  public void forEachArticle(Consumer<ArticleToLink> consumer) {
    jdbi.useHandle(h -> h.createQuery("SELECT id, body FROM articles ORDER BY id")
        .map((rs, ctx) -> new ArticleToLink(Long.toString(rs.getLong(1)), rs.getString(2))).forEach(consumer));
  }

  /** Every stored claim, in id order, with its provenance chain and its article's date and publisher. */
  public List<ClaimToLink> claims() {
    return jdbi.withHandle(h -> {
      Map<Long, List<String>> via = new HashMap<>();
      h.createQuery("SELECT claim_id, name FROM claim_via ORDER BY claim_id, position")
          .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
          .forEach(e -> via.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
      return h.createQuery("SELECT c.id, c.article_id, c.source_name, c.source_type, e.canonical, c.stance, c.cue_lemma, c.content, c.quote, "
              + "a.published, a.publisher FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN entities e ON e.id = c.source_entity_id ORDER BY c.id")
          .map((rs, ctx) -> new ClaimToLink(Long.toString(rs.getLong(1)), Long.toString(rs.getLong(2)), rs.getString(3), EntityType.valueOf(rs.getString(4)),
              Optional.ofNullable(rs.getString(5)), Stance.parse(rs.getString(6)), rs.getString(7), rs.getString(8),
              QuoteType.valueOf(rs.getString(9).toUpperCase(Locale.ROOT)), via.getOrDefault(rs.getLong(1), List.of()),
              Optional.ofNullable(rs.getTimestamp(10)).map(Timestamp::toInstant), Optional.ofNullable(rs.getString(11))))
          .list();
    });
  }

  /** The store's ids of an article's latest revision and of its claims, in the order they were saved. */
  public record StoredIds(long articleId, List<Long> claimIds) {
    public StoredIds {
      claimIds = List.copyOf(claimIds);
    }
  }

  /** For each article key (its URL, else {@code sha256:} and its content hash), the ids of its latest revision. */
  public Map<String, StoredIds> latestRevisions() {
    return jdbi.withHandle(h -> {
      Map<String, Long> articles = new LinkedHashMap<>();
      Map<Long, List<Long>> claims = new HashMap<>();
      h.createQuery("SELECT a.article_key, a.id FROM articles a WHERE a.revision = (SELECT MAX(b.revision) FROM articles b WHERE b.article_key = a.article_key)")
          .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> articles.put(e.getKey(), e.getValue()));
      h.createQuery("SELECT article_id, id FROM claims ORDER BY article_id, id").map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
          .forEach(e -> claims.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
      Map<String, StoredIds> out = new LinkedHashMap<>();
      articles.forEach((key, id) -> out.put(key, new StoredIds(id, claims.getOrDefault(id, List.of()))));
      return out;
    });
  }
}
