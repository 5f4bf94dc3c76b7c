package org.claimtrail.claims.kind;

import java.util.Locale;
import java.util.Set;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.claims.stance.Negation;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.Sentence;

/**
 * A refusal reported as what was said: "Sergey said he “won't give any comments at this time”",
 * "said it would not comment". The content's own verb is a saying (or gives a comment, details),
 * negated, with a future or modal auxiliary: what the source said is that it will not say. "He said
 * he did not say that" is a denial, and stays a claim.
 */
final class Refusals {
  private static final Set<String> OBJECTS = DataFile.words(Refusals.class, "refusal-objects.txt");
  private static final Set<String> MODALS = Set.of("will", "would", "wo", "can", "could", "ca", "shall");

  private Refusals() {}

  static boolean inContent(Context ctx, Sentence s, Claim c) {
    for (int k = 0; k < s.size(); k++) {
      var t = s.token(k);
      if (t.begin() < c.start() || t.end() > c.end() || !t.isVerb() || !Negation.isNegated(s, k) || !modal(s, k)) {
        continue;
      }
      boolean saying = ctx.cues().verb(t.lemma()).map(CueLexicon.Cue::cueClass).map(cls -> !cls.equals("belief") && !cls.equals("intention"))
          .orElse(false);
      int obj = s.child(k, "obj");
      boolean gives = obj >= 0 && OBJECTS.contains(s.token(obj).lemma().toLowerCase(Locale.ROOT).replaceAll("s$", ""));
      if (saying || gives) {
        return true;
      }
    }
    return false;
  }

  private static boolean modal(Sentence s, int k) {
    return s.children(k).stream().anyMatch(j -> s.relation(j).equals("aux") && MODALS.contains(s.token(j).text().toLowerCase(Locale.ROOT)));
  }
}
