package org.claimtrail.claims;

import java.util.List;
import java.util.function.BiFunction;
import org.claimtrail.model.Claim;

/**
 * One step over all of an article's claims once every pass has read every sentence: provenance
 * spread to the same speaker's claims, overlaps resolved, the optional model, questions hedged.
 */
public interface ArticleStep {
  /** A short name for reports: "provenance spread", "duplicates". */
  String name();

  List<Claim> apply(Context ctx, List<Claim> claims);

  /** A step made of a name and a function. */
  static ArticleStep of(String name, BiFunction<Context, List<Claim>, List<Claim>> step) {
    return new ArticleStep() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Claim> apply(Context ctx, List<Claim> claims) {
        return step.apply(ctx, claims);
      }
    };
  }
}
