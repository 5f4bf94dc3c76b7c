package org.claimtrail.claims.phrase;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrail.claims.ClaimPass;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.claims.stance.StanceRules;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * "allegedly", "reportedly": the adverb's clause is a claim of the claim it sits in (whose content
 * then ends before it), or of an unnamed source.
 */
public final class Allegedly implements ClaimPass {
  @Override
  public String name() {
    return "allegedly, reportedly";
  }

  @Override
  public void find(Context ctx, Sentence s) {
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      if (!ctx.cues().isAdverb(t.lemma().toLowerCase(Locale.ROOT)) || s.head(k) < 0) {
        continue;
      }
      int clause = s.head(k);
      int[] span = s.span(clause);
      int first = span[0];
      while (first < span[1] && (s.relation(first).equals("mark") || s.token(first).text().equals(","))) {
        first++;
      }
      int last = Tokens.trimEnd(s, first, span[1]);
      if (last <= first) {
        continue;
      }
      int begin = s.token(first).begin();
      int end = s.token(last).end();
      Stance stance = StanceRules.ofAdverb(t.lemma());
      Claim host = null;
      for (int i = 0; i < ctx.claims().size(); i++) {
        Claim c = ctx.claims().get(i);
        if (c.start() <= begin && c.end() >= end && c.end() > c.start()) {
          host = c;
          // The allegation is its own claim: the host's content ends before it.
          int cut = begin;
          String trimmed = ctx.slice(c.start(), cut).replaceAll("[\\s,;]+(?:with|and|while)?[\\s,;]*$", "");
          if (trimmed.length() > 0 && trimmed.length() < c.content().length()) {
            ctx.claims().set(i, c.withContent(c.start(), c.start() + trimmed.length(), trimmed));
          }
          break;
        }
      }
      ClaimSource source = host != null ? host.source()
          : new ClaimSource(stance == Stance.ALLEGED ? "unnamed sources" : "reports", EntityType.OTHER, Optional.empty(), Optional.empty(), t.text(), t.begin(), t.end());
      ctx.claims().add(ctx.claim(source, t.text(), t.lemma().toLowerCase(Locale.ROOT), t.begin(), stance, QuoteType.INDIRECT,
          begin, end, host != null ? host.via() : List.of(), host != null ? host.saidWhen() : Optional.empty(), host != null ? 0.7 : 0.5));
    }
  }
}
