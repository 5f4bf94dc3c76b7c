package org.claimtrail.model;

import java.util.List;
import java.util.Objects;

/** What the claims stage found in one article: its entities, their mentions, and the claims. */
public record ArticleClaims(Article article, List<Entity> entities, List<Mention> mentions, List<Claim> claims) {
  public ArticleClaims {
    Objects.requireNonNull(article, "article");
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    claims = List.copyOf(claims);
  }
}
