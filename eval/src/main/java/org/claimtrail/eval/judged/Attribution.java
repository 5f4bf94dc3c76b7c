package org.claimtrail.eval.judged;

import org.claimtrail.model.Claim;

/**
 * Where one attribution lies in an article: the cue's span and the content's, in characters of the
 * article's clean text. Two attributions are the same when {@link #sameAs} says so.
 */
public record Attribution(String articleId, int cueStart, int cueEnd, int start, int end) {
  public static Attribution of(Claim c) {
    return new Attribution(c.articleId(), c.cueStart(), c.cueStart() + c.cue().length(), c.start(), c.end());
  }

  /**
   * The matching rule: the same article, cue spans that share a character, and content spans that
   * share one (an empty span counts as the character at its place). A cue that grew ("said" to
   * "told reporters") or a content whose end moved is still the same attribution; a claim whose
   * cue moved to another verb, or whose content moved away entirely, is another one.
   */
  public boolean sameAs(Attribution o) {
    return articleId.equals(o.articleId) && overlap(cueStart, cueEnd, o.cueStart, o.cueEnd) > 0 && overlap(start, end, o.start, o.end) > 0;
  }

  /** Characters two spans share, an empty span taken as one character wide. */
  static int overlap(int s1, int e1, int s2, int e2) {
    return Math.min(Math.max(e1, s1 + 1), Math.max(e2, s2 + 1)) - Math.max(s1, s2);
  }

  int contentOverlap(Attribution o) {
    return overlap(start, end, o.start, o.end);
  }
}
