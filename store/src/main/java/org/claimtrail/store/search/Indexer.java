package org.claimtrail.store.search;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleLabel;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.model.Entity;
import org.claimtrail.store.Queries;
import org.claimtrail.store.Store;

/** Feeds the search index: from a freshly saved article, or rebuilt from the whole database. */
public final class Indexer {
  private Indexer() {}

  /** Indexes an article just stored under {@code saved}'s ids. */
  public static void index(SearchIndex index, ArticleClaims ac, Store.Saved saved) {
    if (saved.articleId() < 0) {
      return;
    }
    Article a = ac.article();
    List<String> entities = ac.entities().stream().map(Entity::canonical).toList();
    String label = ArticleLabel.of(a.title(), a.text());
    index.add(new SearchIndex.ArticleDoc(saved.articleId(), a.title().orElse(null), label, a.publisher().orElse(null), a.published(), a.text(), entities));
    for (int i = 0; i < ac.claims().size(); i++) {
      Claim c = ac.claims().get(i);
      List<String> claimEntities = new ArrayList<>(List.of(c.source().name()));
      claimEntities.addAll(entities);
      index.add(new SearchIndex.ClaimDoc(saved.claimIds().get(i), saved.articleId(), a.title().orElse(null), label, a.publisher().orElse(null),
          a.published(), c.source().name(), c.source().type().name(), c.stance().label(), c.cueLemma(), c.content(), claimEntities));
    }
  }

  /**
   * Rebuilds the index when it does not hold one document per stored article and claim: the index
   * commits at the end of a run, so a run killed after the database committed some articles leaves
   * the index behind (the database is the record; the index is derived). An index an older version
   * wrote, without fields this one shows, is rebuilt too. Returns whether it rebuilt.
   */
  public static boolean catchUp(Store store, SearchIndex index) {
    Map<String, Long> counts = store.counts();
    long stored = counts.get("articles") + counts.get("claims");
    if (index.documentCount() == stored && (stored == 0 || index.currentLayout())) {
      return false;
    }
    rebuild(store, index);
    return true;
  }

  /** Rebuilds the whole index from the database; returns how many documents were indexed. */
  public static long rebuild(Store store, SearchIndex index) {
    index.clear();
    long[] n = {0};
    Map<Long, List<String>> entitiesByArticle = new HashMap<>();
    store.jdbi().useHandle(h -> {
      h.createQuery("SELECT DISTINCT m.article_id, e.canonical FROM mentions m JOIN entities e ON e.id = m.entity_id")
          .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)})
          .forEach(r -> entitiesByArticle.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
      h.createQuery("SELECT id, title, publisher, published, body FROM articles")
          .map((rs, ctx) -> new SearchIndex.ArticleDoc(rs.getLong("id"), rs.getString("title"), ArticleLabel.of(rs.getString("title"), rs.getString("body")),
              rs.getString("publisher"),
              Optional.ofNullable(rs.getTimestamp("published")).map(Timestamp::toInstant), rs.getString("body"),
              entitiesByArticle.getOrDefault(rs.getLong("id"), List.of())))
          .forEach(d -> {
            index.add(d);
            n[0]++;
          });
      h.createQuery("SELECT c.id, c.article_id, a.title, a.publisher, a.published, c.source_name, c.source_type, c.stance, c.cue_lemma, c.content, "
              + Queries.UNTITLED_HEAD + " FROM claims c JOIN articles a ON a.id = c.article_id")
          .map((rs, ctx) -> {
            List<String> ents = new ArrayList<>(List.of(rs.getString("source_name")));
            ents.addAll(entitiesByArticle.getOrDefault(rs.getLong("article_id"), List.of()));
            return new SearchIndex.ClaimDoc(rs.getLong("id"), rs.getLong("article_id"), rs.getString("title"), ArticleLabel.of(rs.getString("title"), rs.getString("head")),
                rs.getString("publisher"),
                Optional.ofNullable(rs.getTimestamp("published")).map(Timestamp::toInstant), rs.getString("source_name"),
                rs.getString("source_type"), rs.getString("stance"), rs.getString("cue_lemma"), rs.getString("content"), ents);
          })
          .forEach(d -> {
            index.add(d);
            n[0]++;
          });
    });
    index.commit();
    return n[0];
  }
}
