package org.claimtrail.eval.judged;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim of a judged sample as it was extracted (ids, offsets, cue, source, stance; no article
 * text) with its judges' verdicts, the pattern of each negative field (by hand, once), and, where
 * the notes say, the right source and the right stance.
 *
 * @param document the input record, relative to the corpora folder ({@code wikinews/wikinews-2020.jsonl#line 7 (id …)})
 * @param textHash the first 16 hex digits of the article text's SHA-256: a changed text moves every offset
 * @param patterns for each field judged N, the pattern it belongs to (a key of {@link JudgedSet#patterns()})
 * @param rightSources names a reader would accept for the source, when the first one was wrong and the note names who spoke
 * @param rightStance the stance label by the rubric's definitions, when the judged one was wrong and the note says which
 */
public record JudgedClaim(int n, String corpus, String document, Attribution at, String textHash, String cue, String source, String sourceText,
    String stance, String quote, Verdict first, Optional<Verdict> second, Map<Field, String> patterns, List<String> rightSources,
    Optional<String> rightStance) {
  public JudgedClaim {
    Objects.requireNonNull(at, "at");
    patterns = Map.copyOf(patterns);
    rightSources = List.copyOf(rightSources);
    for (Field f : Field.values()) {
      if (first.get(f) == Mark.N && !patterns.containsKey(f)) {
        throw new IllegalArgumentException("judged claim " + n + ": " + f.shortName() + " is N but has no pattern");
      }
    }
  }

  /** The verdict that counts ({@link Verdict#decided}). */
  public Verdict verdict() {
    return Verdict.decided(first, second);
  }
}
