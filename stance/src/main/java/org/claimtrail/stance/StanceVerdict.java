package org.claimtrail.stance;

import java.util.List;
import java.util.Map;
import org.claimtrail.model.BodyStance;

/**
 * What the model says of one (claim, body) pair: the stance, its probability, the probability of
 * each stance, and the body sentences it rests on (indexes into the body's sentences, the most
 * telling first: those most like the claim, with a cue of the stance found put before the rest).
 */
public record StanceVerdict(BodyStance stance, double confidence, Map<BodyStance, Double> probabilities, List<Integer> evidence) {
  public StanceVerdict {
    probabilities = Map.copyOf(probabilities);
    evidence = List.copyOf(evidence);
  }
}
