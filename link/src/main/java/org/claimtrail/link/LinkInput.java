package org.claimtrail.link;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.link.dedup.MinHash;
import org.claimtrail.model.ArticleToLink;
import org.claimtrail.model.ClaimToLink;

/**
 * What a linking run reads: every article, as a signature of its text, and every claim.
 *
 * @param articles the articles, in the order their ids should be kept
 * @param claims the claims, in the order their ids should be kept
 */
public record LinkInput(List<Article> articles, List<ClaimToLink> claims) {
  public LinkInput {
    articles = List.copyOf(articles);
    claims = List.copyOf(claims);
  }

  /** An article as linking keeps it: its id and the MinHash signature of its text. */
  public record Article(String id, long[] signature) {}

  /**
   * Collects a run's input as a store streams it: each article's text is reduced to its signature
   * on arrival, so a store's bodies never sit in memory together.
   */
  public static final class Builder {
    private final MinHash minHash;
    private final List<Article> articles = new ArrayList<>();
    private final List<ClaimToLink> claims = new ArrayList<>();

    Builder(MinHash minHash) {
      this.minHash = minHash;
    }

    public Builder article(ArticleToLink a) {
      articles.add(new Article(a.id(), minHash.signature(a.body())));
      return this;
    }

    public Builder claim(ClaimToLink c) {
      claims.add(c);
      return this;
    }

    public LinkInput build() {
      return new LinkInput(articles, claims);
    }
  }
}
