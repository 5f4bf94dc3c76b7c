package org.claimtrail.claims.phrase;

import java.util.List;
import java.util.Optional;
import org.claimtrail.claims.ClaimPass;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.provenance.Provenance;
import org.claimtrail.claims.source.Resolver;
import org.claimtrail.claims.source.SourcePhrases;
import org.claimtrail.claims.source.Span;
import org.claimtrail.claims.span.Asides;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.claims.stance.StanceRules;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.Sentence;

/**
 * "According to X, …" and "…, according to X": a claim of X, unless it qualifies a cue of the
 * sentence ("X told journalists, according to a Post report"), where it is provenance ({@link
 * org.claimtrail.claims.provenance.ProvenanceSpread}); for the claim model (every verb tried as a
 * cue) it is a claim of its own there too, as annotated corpora count it.
 */
public final class AccordingTo implements ClaimPass {
  @Override
  public String name() {
    return "according to";
  }

  @Override
  public void find(Context ctx, Sentence s) {
    for (int k = 0; k + 1 < s.size(); k++) {
      if (!(s.token(k).text().equalsIgnoreCase("according") && s.token(k + 1).text().equalsIgnoreCase("to"))) {
        continue;
      }
      Span x = SourcePhrases.npAfter(s, k + 2);
      if (x.isEmpty()) {
        continue;
      }
      if (k <= 1) {
        x = SourcePhrases.throughModifiers(s, x);
      }
      if (Provenance.attachesToCue(ctx.claims(), s, k) && !ctx.openCues()) {
        // "X told journalists, according to a Post report": provenance of X's claim. Annotated
        // corpora count it as an attribution of its own, so for a model (open cues) it is one.
        continue;
      }
      Optional<ClaimSource> src = Resolver.resolve(ctx, s, x);
      if (src.isEmpty()) {
        continue;
      }
      int first;
      int last;
      if (k <= 1) { // "According to X, …"
        first = Tokens.skipCommas(s, x.last() + 1);
        last = Tokens.trimEnd(s, first, s.size() - 1);
      } else { // "…, according to X."
        first = Asides.leadingSkip(s);
        for (Claim c : ctx.claims()) {
          if (c.cueStart() >= s.begin() && c.cueStart() < s.token(k).begin() && c.end() <= s.token(k).begin()) {
            first = Tokens.tokenAt(s, c.start()); // nested: "X reports that Y, according to Z"
          }
        }
        last = Tokens.trimEnd(s, first, k - 1);
        int after = SourcePhrases.throughModifiers(s, x).last() + 1;
        if (after + 1 < s.size() && s.token(after).text().equals(",") && Tokens.trimEnd(s, after + 1, s.size() - 1) > after + 1) {
          // "In Iowa, Trump is first, according to the RCP average, although Carson is close": an
          // aside, and what it attributes runs on after it.
          last = Tokens.trimEnd(s, first, s.size() - 1);
        }
      }
      if (last <= first) {
        continue;
      }
      int begin = s.token(first).begin();
      int end = s.token(last).end();
      String content = ctx.slice(begin, end);
      Stance stance = StanceRules.ofAccordingTo(content, src.get());
      ctx.claims().add(ctx.claim(src.get(), ctx.slice(s.token(k).begin(), s.token(k + 1).end()), "according to",
          s.token(k).begin(), stance, ctx.quotes().within(begin, end) ? QuoteType.MIXED : QuoteType.INDIRECT, begin, end, List.of(), Optional.empty(), 0.75));
    }
  }
}
