package org.claimtrail.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answer to "who carries this claim, and how": the related articles, most confident first
 * within each stance, and how many candidates were read and found unrelated.
 */
public record CheckReport(String claim, List<Checked> articles, int candidates, int unrelated, double seconds) {
  /** One article (named by its title, or the start of its text) and its stance toward the claim. */
  public record Checked(long articleId, String label, String publisher, Optional<Instant> published, String url, BodyStance stance,
      double confidence, List<Evidence> evidence) {}

  /** A sentence the stance rests on, how like the claim it is, and the claims Claimtrail found in it. */
  public record Evidence(int start, int end, String sentence, double similarity, List<EvidenceClaim> claims) {}

  /** An attributed claim inside an evidence sentence. */
  public record EvidenceClaim(long id, String source, String cue, String stance, String content) {}

  /** The related articles of one stance. */
  public List<Checked> of(BodyStance stance) {
    return articles.stream().filter(a -> a.stance() == stance).toList();
  }
}
