package org.claimtrail.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.claimtrail.model.Article;
import org.claimtrail.model.ArticleClaims;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.AnnotatedText;

/** The claims stage on hand-built annotations ({@link Annotations}), for the tests of every pass. */
public final class Extract {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  private Extract() {}

  /** The article's claims by the standard extractor, failing the test if a pass or step failed. */
  public static ArticleClaims run(AnnotatedText text) {
    Extraction x = EXTRACTOR.extractWithWarnings(article(text), text);
    assertTrue(x.warnings().isEmpty(), x.warnings()::toString);
    return x.claims();
  }

  /** An article holding the text, published 2024-10-23. */
  public static Article article(AnnotatedText text) {
    return new Article("t", "t", Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        Optional.of(Instant.parse("2024-10-23T00:00:00Z")), Optional.empty(), Optional.of("en"), List.of(text.text()), List.of(), "h");
  }

  /** Each sentence (one per string, in {@link Annotations}' notation) makes no claim. */
  public static void assertNoClaims(String... sentences) {
    for (String sentence : sentences) {
      List<Claim> claims = run(Annotations.parse(sentence)).claims();
      assertTrue(claims.isEmpty(), () -> sentence + " -> " + claims);
    }
  }
}
