package org.claimtrail.stance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.model.BodyStance;
import org.claimtrail.stance.features.BodyText;
import org.claimtrail.stance.features.ClaimText;
import org.claimtrail.stance.features.Similarities;
import org.claimtrail.stance.text.Cue;

/**
 * Where the stance of a pair is decided from the classifiers' probabilities: with two stages,
 * unrelated when the first says so (probability over one half), else the likeliest of agree,
 * disagree and discuss, each probability scaled by the chance of being related. Also picks the
 * evidence: the three sentences most like the claim, those holding a cue of the stance found
 * (refuting for disagree, hedging or attribution for discuss, confirming for agree) first.
 */
final class Verdicts {
  private static final int EVIDENCE = 3;

  private Verdicts() {}

  static StanceVerdict of(Map<String, Double> first, Map<String, Double> second, ClaimText claim, BodyText body) {
    Map<BodyStance, Double> p = new EnumMap<>(BodyStance.class);
    if (second == null) {
      for (BodyStance s : BodyStance.values()) {
        p.put(s, first.getOrDefault(s.label(), 0.0));
      }
    } else {
      double unrelated = first.getOrDefault(Examples.UNRELATED, 0.0);
      p.put(BodyStance.UNRELATED, unrelated);
      for (BodyStance s : List.of(BodyStance.AGREE, BodyStance.DISAGREE, BodyStance.DISCUSS)) {
        p.put(s, (1 - unrelated) * second.getOrDefault(s.label(), 0.0));
      }
    }
    BodyStance best = BodyStance.UNRELATED;
    for (BodyStance s : BodyStance.values()) {
      if (p.get(s) > p.get(best)) {
        best = s;
      }
    }
    if (second != null && p.get(BodyStance.UNRELATED) > 0.5) {
      best = BodyStance.UNRELATED;
    } else if (second != null && best == BodyStance.UNRELATED) {
      // Related after all (unrelated <= 1/2): the likeliest of the three related stances.
      best = BodyStance.DISCUSS;
      for (BodyStance s : List.of(BodyStance.AGREE, BodyStance.DISAGREE)) {
        best = p.get(s) > p.get(best) ? s : best;
      }
    }
    return new StanceVerdict(best, p.get(best), p, evidence(best, claim, body));
  }

  private static List<Integer> evidence(BodyStance stance, ClaimText claim, BodyText body) {
    int[] top = Similarities.of(claim, body).top(EVIDENCE);
    List<Integer> cued = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (int i : top) {
      int[] cues = body.sentences().get(i).cues();
      boolean telling = switch (stance) {
        case DISAGREE -> cues[Cue.REFUTING.ordinal()] > 0;
        case DISCUSS -> cues[Cue.HEDGING.ordinal()] > 0 || cues[Cue.ATTRIBUTION.ordinal()] > 0;
        case AGREE -> cues[Cue.CONFIRMING.ordinal()] > 0;
        case UNRELATED -> false;
      };
      (telling ? cued : rest).add(i);
    }
    cued.addAll(rest);
    return cued;
  }
}
