package org.claimtrail.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An attributed claim found in one article.
 *
 * @param articleId the article it was found in
 * @param source who made it (the original source, not the outlet that repeated it)
 * @param cue the attribution cue as written ("claimed", "according to", "issued satellite images
 *     alleging")
 * @param cueLemma the cue's lemma ("claim", "according to")
 * @param cueStart character offset of the cue in the article text
 * @param stance how sure the wording is
 * @param quote direct, indirect or mixed
 * @param start character offset of the content in the article text
 * @param end offset just past the content
 * @param content the claimed content, {@code text.substring(start, end)}
 * @param via intermediaries between the publisher and the source, outermost first
 * @param saidWhen when it was said, ISO date or a partial form such as {@code 2024-10 (mid)}
 * @param confidence 0–1, how sure the extractor is of this attribution
 */
public record Claim(
    String articleId,
    ClaimSource source,
    String cue,
    String cueLemma,
    int cueStart,
    Stance stance,
    QuoteType quote,
    int start,
    int end,
    String content,
    List<String> via,
    Optional<String> saidWhen,
    double confidence) {

  public Claim {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(cueLemma, "cueLemma");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(content, "content");
    via = List.copyOf(via);
    Objects.requireNonNull(saidWhen, "saidWhen");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Bad content span " + start + ".." + end);
    }
  }

  // One field changed, the rest kept: the claim rules move a claim's parts one at a time.

  public Claim withSource(ClaimSource source) {
    return new Claim(articleId, source, cue, cueLemma, cueStart, stance, quote, start, end, content, via, saidWhen, confidence);
  }

  /** The cue as written at {@code cueStart}. */
  public Claim withCue(String cue, int cueStart) {
    return new Claim(articleId, source, cue, cueLemma, cueStart, stance, quote, start, end, content, via, saidWhen, confidence);
  }

  public Claim withStance(Stance stance) {
    return new Claim(articleId, source, cue, cueLemma, cueStart, stance, quote, start, end, content, via, saidWhen, confidence);
  }

  public Claim withQuote(QuoteType quote) {
    return new Claim(articleId, source, cue, cueLemma, cueStart, stance, quote, start, end, content, via, saidWhen, confidence);
  }

  /** The content moved to {@code [start, end)}, {@code content} being the text there. */
  public Claim withContent(int start, int end, String content) {
    return new Claim(articleId, source, cue, cueLemma, cueStart, stance, quote, start, end, content, via, saidWhen, confidence);
  }

  public Claim withVia(List<String> via) {
    return new Claim(articleId, source, cue, cueLemma, cueStart, stance, quote, start, end, content, via, saidWhen, confidence);
  }
}
