package org.claimtrail.extract.metadata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a page says about itself; every field may be absent. */
public record PageMetadata(
    Optional<String> title,
    List<String> authors,
    Optional<String> publisher,
    Optional<Instant> published,
    Optional<Instant> modified,
    Optional<String> canonicalUrl,
    Optional<String> language) {

  public PageMetadata {
    authors = List.copyOf(authors);
  }
}
