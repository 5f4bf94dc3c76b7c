package org.claimtrail.claims.stance;

import org.claimtrail.nlp.Sentence;

/** Whether a cue is negated ("did not confirm", "didn't say"): a fact the passes report, for {@link StanceRules}. */
public final class Negation {
  private Negation() {}

  public static boolean isNegated(Sentence s, int c) {
    for (int j : s.children(c)) {
      if (s.relation(j).equals("advmod") && (s.token(j).lemma().equals("not") || s.token(j).text().equals("n't"))) {
        return true;
      }
    }
    return c > 0 && (s.token(c - 1).lemma().equals("not") || s.token(c - 1).text().equals("n't"));
  }
}
