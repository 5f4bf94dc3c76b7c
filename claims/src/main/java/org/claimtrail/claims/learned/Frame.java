package org.claimtrail.claims.learned;

import java.util.Optional;
import org.claimtrail.model.Claim;
import org.claimtrail.model.QuoteType;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;

/**
 * A claim's content as the rules found it, in token terms: the tokens {@code first..last} of one
 * sentence, and the cue's token in that sentence (or -1 when the cue is in another sentence).
 * Only indirect and mixed claims have a frame: a direct quote's marks are its boundaries.
 */
record Frame(Sentence sentence, int cue, int first, int last) {

  /** Whether the content comes before its cue ("The road is closed, police said"). */
  boolean beforeCue() {
    return cue > last;
  }

  static Optional<Frame> of(Claim claim, AnnotatedText text) {
    if (claim.quote() == QuoteType.DIRECT || claim.end() <= claim.start()) {
      return Optional.empty();
    }
    for (Sentence s : text.sentences()) {
      if (claim.start() < s.begin() || claim.start() >= s.end()) {
        continue;
      }
      if (claim.end() > s.end()) {
        return Optional.empty(); // content over several sentences: left as the rules found it
      }
      int first = -1;
      int last = -1;
      int cue = -1;
      for (int i = 0; i < s.size(); i++) {
        if (first < 0 && s.token(i).begin() >= claim.start()) {
          first = i;
        }
        if (s.token(i).end() <= claim.end()) {
          last = i;
        }
        if (s.token(i).begin() == claim.cueStart()) {
          cue = i;
        }
      }
      if (first < 0 || last < first || (cue >= first && cue <= last)) {
        return Optional.empty();
      }
      return Optional.of(new Frame(s, cue, first, last));
    }
    return Optional.empty();
  }
}
