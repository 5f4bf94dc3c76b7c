package org.claimtrail.store;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.Entity;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.Mention;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;

/**
 * The stored articles rebuilt as the claims stage's records, enough to save them again: how the
 * benchmarks grow a store of any size from a real one. Offsets of sources and cues, removed
 * boilerplate and provenance chains are not kept; entities are named {@code e} + their store id.
 */
public final class SavedArticles {
  private SavedArticles() {}

  public static List<ArticleClaims> read(Store store) {
    return store.jdbi().withHandle(h -> {
      Map<Long, List<Claim>> claims = new HashMap<>();
      h.createQuery("SELECT article_id, source_name, source_type, source_text, cue, cue_lemma, stance, quote, content, start_at, end_at, said_when, confidence FROM claims")
          .map((rs, ctx) -> {
            Claim c = new Claim("", new ClaimSource(rs.getString("source_name"), EntityType.valueOf(rs.getString("source_type")), Optional.empty(),
                Optional.empty(), rs.getString("source_text"), 0, 0), rs.getString("cue"), rs.getString("cue_lemma"), 0, Stance.parse(rs.getString("stance")),
                QuoteType.valueOf(rs.getString("quote").toUpperCase(Locale.ROOT)), rs.getInt("start_at"), rs.getInt("end_at"), rs.getString("content"),
                List.of(), Optional.ofNullable(rs.getString("said_when")), rs.getDouble("confidence"));
            claims.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>()).add(c);
            return c;
          }).list();
      // Entities and mentions too, so copies have entity pages and entity timelines like the real store.
      Map<Long, Map<String, Entity>> entities = new HashMap<>();
      Map<Long, List<Mention>> mentions = new HashMap<>();
      h.createQuery("SELECT m.article_id, e.id, e.canonical, e.type, m.begin_at, m.end_at, m.text, m.role FROM mentions m JOIN entities e ON e.id = m.entity_id")
          .map((rs, ctx) -> {
            String eid = "e" + rs.getLong(2);
            entities.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).putIfAbsent(eid, new Entity(eid, rs.getString(3),
                EntityType.valueOf(rs.getString(4)), List.of(), Optional.ofNullable(rs.getString(8))));
            mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Mention(rs.getInt(5), rs.getInt(6), rs.getString(7), eid));
            return eid;
          }).list();
      return h.createQuery("SELECT id, url, title, publisher, published, language, origin, body, content_hash FROM articles")
          .map((rs, ctx) -> new ArticleClaims(new Article("a" + rs.getLong("id"), rs.getString("origin"), Optional.ofNullable(rs.getString("url")),
              Optional.ofNullable(rs.getString("title")), Optional.ofNullable(rs.getString("publisher")), List.of(),
              Optional.ofNullable(rs.getTimestamp("published")).map(Timestamp::toInstant), Optional.empty(), Optional.ofNullable(rs.getString("language")),
              List.of(rs.getString("body")), List.of(), rs.getString("content_hash")),
              List.copyOf(entities.getOrDefault(rs.getLong("id"), Map.of()).values()), mentions.getOrDefault(rs.getLong("id"), List.of()),
              claims.getOrDefault(rs.getLong("id"), List.of())))
          .list();
    });
  }
}
