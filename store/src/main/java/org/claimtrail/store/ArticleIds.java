package org.claimtrail.store;

import java.util.List;

/** The ids of the stored articles, for jobs that walk the whole store (such as filling the vector index). */
public final class ArticleIds {
  private final Store store;

  public ArticleIds(Store store) {
    this.store = store;
  }

  /** Every article revision's id, in id order. */
  public List<Long> all() {
    return store.jdbi().withHandle(h -> h.createQuery("SELECT id FROM articles ORDER BY id").mapTo(Long.class).list());
  }
}
