package org.claimtrail.claims;

import java.util.List;
import java.util.Objects;
import org.claimtrail.model.ArticleClaims;

/**
 * What the claims stage made of one article, and what went wrong on the way: a pass that failed on
 * a sentence loses that pass's claims there and is listed here, naming the article and sentence.
 */
public record Extraction(ArticleClaims claims, List<String> warnings) {
  public Extraction {
    Objects.requireNonNull(claims, "claims");
    warnings = List.copyOf(warnings);
  }
}
