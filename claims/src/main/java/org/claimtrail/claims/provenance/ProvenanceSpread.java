package org.claimtrail.claims.provenance;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.claims.ArticleStep;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.source.Resolver;
import org.claimtrail.claims.source.SourcePhrases;
import org.claimtrail.claims.source.Span;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * "according to a Washington Post report" next to a cue makes the Post an intermediary of that
 * cue's claims and of the same speaker's claims in the neighbouring paragraphs (a report's
 * sentences share its provenance). Intermediaries are listed outermost first.
 */
public final class ProvenanceSpread implements ArticleStep {
  @Override
  public String name() {
    return "provenance spread";
  }

  @Override
  public List<Claim> apply(Context ctx, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims);
    for (Sentence s : ctx.text().sentences()) {
      for (int k = 0; k + 1 < s.size(); k++) {
        Token t = s.token(k);
        if (!(t.text().equalsIgnoreCase("according") && s.token(k + 1).text().equalsIgnoreCase("to"))) {
          continue;
        }
        Span x = SourcePhrases.npAfter(s, k + 2);
        if (x.isEmpty()) {
          continue;
        }
        if (!Provenance.attachesToCue(claims, s, k)) {
          continue; // its own claim, made inside another's content
        }
        String via = Resolver.viaName(ctx, s, x);
        List<String> speakers = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
          Claim c = out.get(i);
          if (c.cueStart() >= s.begin() && c.cueStart() < s.end() && !c.cueLemma().equals("according to") && !c.source().name().equals(via)) {
            out.set(i, withVia(c, via));
            speakers.add(c.source().name());
          }
        }
        int paragraph = ctx.paragraphOf(s.begin());
        for (int i = 0; i < out.size(); i++) {
          Claim c = out.get(i);
          int p = ctx.paragraphOf(c.cueStart());
          if (speakers.contains(c.source().name()) && Math.abs(p - paragraph) <= 1 && c.via().isEmpty()) {
            out.set(i, withVia(c, via));
          }
        }
      }
    }
    return out;
  }

  private static Claim withVia(Claim c, String via) {
    if (c.via().contains(via)) {
      return c;
    }
    List<String> chain = new ArrayList<>();
    chain.add(via);
    chain.addAll(c.via());
    return c.withVia(chain);
  }
}
