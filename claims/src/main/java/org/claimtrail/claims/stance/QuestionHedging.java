package org.claimtrail.claims.stance;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.claims.ArticleStep;
import org.claimtrail.claims.Context;
import org.claimtrail.model.Claim;
import org.claimtrail.model.Stance;

/**
 * A claim inside a question is not asserted: in "asked if the Pentagon had confirmed the
 * deployment", the Pentagon's confirmation is what was asked about. Its stance becomes hedged.
 * A step over the whole article (after the claim model, which may move contents).
 */
public final class QuestionHedging implements ArticleStep {
  @Override
  public String name() {
    return "claims inside questions hedged";
  }

  @Override
  public List<Claim> apply(Context ctx, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      boolean asked = c.stance() != Stance.HEDGED && claims.stream().anyMatch(q -> q != c && q.start() <= c.cueStart() && c.cueStart() < q.end()
          && StanceRules.isQuestion(q.content()));
      out.add(asked ? c.withStance(Stance.HEDGED) : c);
    }
    return out;
  }
}
