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
}
