package org.claimtrail.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim with what linking needs from its article: where it is stored and when and by whom it was
 * published.
 *
 * @param id the claim's stable id (its database id, as text)
 * @param claim the claim
 * @param published the article's publication time
 * @param publisher the article's publisher
 */
public record DatedClaim(String id, Claim claim, Optional<Instant> published, Optional<String> publisher) {
  public DatedClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publisher, "publisher");
  }
}
