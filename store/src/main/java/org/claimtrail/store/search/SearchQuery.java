package org.claimtrail.store.search;

import java.time.Instant;
import java.util.Optional;

/**
 * What to look for: free text (Lucene query syntax; empty matches everything) and filters.
 *
 * @param type {@code claim} or {@code article}, or empty for both
 */
public record SearchQuery(
    String text,
    Optional<String> type,
    Optional<String> stance,
    Optional<String> source,
    Optional<String> entity,
    Optional<String> publisher,
    Optional<Instant> from,
    Optional<Instant> to,
    int limit) {

  public static SearchQuery of(String text) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), 20);
  }

  public SearchQuery {
    if (limit <= 0 || limit > 10_000) {
      throw new IllegalArgumentException("limit must be 1..10000, got " + limit);
    }
  }
}
