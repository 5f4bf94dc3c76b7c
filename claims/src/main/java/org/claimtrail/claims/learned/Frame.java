package org.claimtrail.claims.learned;

import org.claimtrail.nlp.Sentence;

/**
 * A span of a claim (its content, cue or source) as the rules found it, in token terms: the tokens
 * {@code first..last} of one sentence, and the cue's token in that sentence (or -1 when the cue is
 * in another sentence): for a content, the cue's own word ("said" in "has long said"); for a
 * source, the cue's first token, which the source may not run into.
 */
record Frame(Sentence sentence, int cue, int first, int last) {

  /** Whether the span comes before its cue ("The road is closed, police said"). */
  boolean beforeCue() {
    return cue > last;
  }
}
