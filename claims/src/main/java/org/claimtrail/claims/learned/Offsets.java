package org.claimtrail.claims.learned;

import java.util.Optional;
import org.claimtrail.nlp.AnnotatedText;
import org.claimtrail.nlp.Sentence;

/** From a claim's character offsets to sentences and tokens. */
final class Offsets {
  private Offsets() {}

  /** The sentence that holds {@code offset}. */
  static Optional<Sentence> sentence(AnnotatedText text, int offset) {
    for (Sentence s : text.sentences()) {
      if (offset >= s.begin() && offset < s.end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The first and last token inside {@code [begin, end)}, or null. */
  static int[] tokens(Sentence s, int begin, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < s.size(); i++) {
      if (first < 0 && s.token(i).begin() >= begin) {
        first = i;
      }
      if (s.token(i).end() <= end) {
        last = i;
      }
    }
    return first < 0 || last < first ? null : new int[] {first, last};
  }

  /** The token that starts at {@code offset}, or -1. */
  static int tokenAt(Sentence s, int offset) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).begin() == offset) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The cue's own word: the token in the cue whose lemma is the claim's cue lemma ("said" in "has
   * long said", "question" in "to question"), else the cue's first token; -1 when the cue does
   * not start in this sentence.
   */
  static int cueWord(Sentence s, org.claimtrail.model.Claim c) {
    int first = tokenAt(s, c.cueStart());
    if (first < 0) {
      return -1;
    }
    int end = c.cueStart() + c.cue().length();
    for (int i = first; i < s.size() && s.token(i).end() <= end; i++) {
      if (s.token(i).lemma().equalsIgnoreCase(c.cueLemma())) {
        return i;
      }
    }
    return first;
  }
}
