package org.claimtrail.stance.features;

import org.claimtrail.stance.text.Cue;

/**
 * Cue features: for each {@link Cue} kind, how often the claim has it, the share of body
 * sentences that have it, its presence in the sentences most like the claim and around the best
 * one, and its presence weighted by each sentence's likeness to the claim; plus the polarity
 * features of FNC-1's baseline (a negation on one side only; the parity of refuting words) and
 * questions and quotation marks.
 */
final class CueFeatures {
  private static final int TOP = 3;

  private CueFeatures() {}

  static void add(ClaimText claim, BodyText body, Similarities sim, FeatureRow row) {
    int n = body.sentences().size();
    int[] top = sim.top(TOP);
    int best = n == 0 ? -1 : sim.order()[0];
    float[] cos = sim.cosines();
    for (Cue cue : Cue.values()) {
      int k = cue.ordinal();
      int sentencesWith = 0;
      int totalCount = 0;
      double weighted = 0;
      double weights = 0;
      for (int i = 0; i < n; i++) {
        int c = body.sentences().get(i).cues()[k];
        totalCount += c;
        sentencesWith += c > 0 ? 1 : 0;
        double w = Math.max(0, cos[i]);
        weighted += c > 0 ? w : 0;
        weights += w;
      }
      int inTop = 0;
      for (int i : top) {
        inTop += body.sentences().get(i).cues()[k] > 0 ? 1 : 0;
      }
      int window = 0;
      for (int i = Math.max(0, best - 1); best >= 0 && i <= Math.min(n - 1, best + 1); i++) {
        window += body.sentences().get(i).cues()[k];
      }
      row.add(PairFeatures.name("cue", cue, "claim"), claim.cues()[k]);
      row.add(PairFeatures.name("cue", cue, "body_share"), n == 0 ? 0 : sentencesWith / (double) n);
      row.add(PairFeatures.name("cue", cue, "body_parity"), totalCount % 2);
      row.add(PairFeatures.name("cue", cue, "top3_share"), top.length == 0 ? 0 : inTop / (double) top.length);
      row.add(PairFeatures.name("cue", cue, "best_window"), window);
      row.add(PairFeatures.name("cue", cue, "likeness_weighted"), weights == 0 ? 0 : weighted / weights);
    }
    int neg = Cue.NEGATION.ordinal();
    boolean claimNegated = claim.cues()[neg] > 0;
    boolean bestNegated = best >= 0 && body.sentences().get(best).cues()[neg] > 0;
    row.add("cue.negation_on_one_side", claimNegated != bestNegated ? 1 : 0);
    row.add("cue.refuting_claim_parity", claim.cues()[Cue.REFUTING.ordinal()] % 2);
    row.add("cue.claim_question", claim.text().indexOf('?') >= 0 ? 1 : 0);
    int quoted = 0;
    for (int i : top) {
      var s = body.sentences().get(i).span().of(body.text());
      quoted += s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0 ? 1 : 0;
    }
    row.add("cue.top3_quoted", top.length == 0 ? 0 : quoted / (double) top.length);
  }
}
