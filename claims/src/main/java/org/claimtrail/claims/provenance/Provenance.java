package org.claimtrail.claims.provenance;

import java.util.List;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.source.SourcePhrases;
import org.claimtrail.claims.source.Span;
import org.claimtrail.claims.source.Speakers;
import org.claimtrail.model.Claim;
import org.claimtrail.model.EntityType;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Through whom a claim came: "X, citing Y, claimed" makes Y the source and X an intermediary;
 * "according to X" next to a cue makes X an intermediary of that cue's claims ({@link
 * ProvenanceSpread} carries it to the same speaker's claims nearby), and inside a content a
 * source of its own.
 */
public final class Provenance {
  private Provenance() {}

  /** The cited source in "X, citing Y, claimed", or an empty span. */
  public static Span cited(Sentence s, Span subject, int cue) {
    int from = subject.isEmpty() ? Math.max(0, cue - 8) : subject.first();
    for (int k = from; k < cue; k++) {
      if (CueLexicon.standard().is(s.token(k).lemma(), CueLexicon.Quirk.PROVENANCE) && s.token(k).pos().equals("VBG")) {
        return SourcePhrases.npAfter(s, k + 1);
      }
    }
    return Span.NONE;
  }

  /** The last token of X in "X, citing Y". */
  public static int beforeCiting(Sentence s, Span subject) {
    for (int k = subject.first(); k <= subject.last() + 4 && k < s.size(); k++) {
      if (CueLexicon.standard().is(s.token(k).lemma(), CueLexicon.Quirk.PROVENANCE)) {
        int j = k - 1;
        while (j > subject.first() && s.token(j).text().equals(",")) {
          j--;
        }
        return j;
      }
    }
    return subject.last();
  }

  public static boolean isMedia(Context ctx, Sentence s, int first, int last) {
    for (int k = first; k <= last; k++) {
      var m = ctx.entities().at(s.index(), k);
      if (m.isPresent() && m.get().entity().type() == EntityType.MEDIA) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "according to X" at token {@code k} qualifies a cue of this sentence, among {@code claims}
   * (then X is an intermediary) rather than a clause inside a claim's content (then X is a source itself).
   */
  public static boolean attachesToCue(List<Claim> claims, Sentence s, int k) {
    List<Claim> here = claims.stream().filter(c -> c.cueStart() >= s.begin() && c.cueStart() < s.end()).toList();
    if (here.isEmpty()) {
      return false;
    }
    int noun = k;
    while (noun < s.size() && s.relation(k).equals("case") && s.head(k) >= 0 && noun != s.head(k)) {
      noun = s.head(k);
    }
    int attach = noun < s.size() ? s.head(noun) : -1;
    if (attach < 0) {
      return true;
    }
    int attachBegin = s.token(attach).begin();
    for (Claim c : here) {
      if (attachBegin >= c.start() && attachBegin < c.end()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether "citing" names who or what a claim comes from ("citing HUR", "citing a Post report")
   * rather than reasons given ("he said, citing low economic growth and unemployment", a claim of
   * its own).
   */
  public static boolean citesASource(Sentence s, int c) {
    Span cited = SourcePhrases.npAfter(s, c + 1);
    for (int k = cited.first(); k <= cited.last(); k++) {
      Token t = s.token(k);
      if (t.hasEntity() && !t.ner().equals("DATE") && !t.ner().equals("NUMBER") && !t.ner().equals("PERCENT") || t.pos().startsWith("NNP")
          || Speakers.isEvidence(t.lemma())) {
        return true;
      }
    }
    return false;
  }
}
