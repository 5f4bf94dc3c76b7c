package org.claimtrail.claims.reported;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrail.claims.ClaimPass;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.quote.QuoteFinder;
import org.claimtrail.claims.source.Resolver;
import org.claimtrail.claims.source.SourcePhrases;
import org.claimtrail.claims.source.Span;
import org.claimtrail.claims.span.CueSpans;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.claims.stance.StanceRules;
import org.claimtrail.claims.time.SaidWhen;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.Sentence;

/**
 * Attributions made by an "as" clause: "As The Hill reported, Trump was …", "As reported by
 * Western Journalism, investigators found …", "…, as Reuters noted." The cue has no content of
 * its own; what it attributes is the rest of the sentence, on the other side of the comma. The
 * reported-speech rules skip these cues ({@link #cueAt}), so each is attributed once, here.
 */
public final class AsClauses implements ClaimPass {
  @Override
  public String name() {
    return "as-clauses";
  }

  /** An "as" clause: its "as", its cue, its last token, and its source phrase. */
  record Clause(int as, int cue, int last, Span source) {}

  /** The "as" clause whose cue is token {@code c}, if it is one. */
  static Optional<Clause> cueAt(Sentence s, int c, CueLexicon cues) {
    if (!s.token(c).isVerb() || cues.verb(s.token(c).lemma()).isEmpty()) {
      return Optional.empty();
    }
    int last = c;
    while (last + 1 < s.size() && !s.token(last + 1).text().equals(",") && !s.token(last + 1).pos().equals(".")) {
      last++;
    }
    if (last - c > 6) {
      return Optional.empty(); // "as he said he would": a clause with content of its own
    }
    if (c > 0 && isAs(s, c - 1) && s.token(c).pos().equals("VBN")) { // "as reported by X"
      for (int k = c + 1; k < last; k++) {
        if (s.token(k).lemma().equals("by")) {
          Span agent = SourcePhrases.npAfter(s, k + 1);
          return agent.isEmpty() ? Optional.empty() : Optional.of(new Clause(c - 1, c, last, agent));
        }
      }
      return Optional.empty();
    }
    Span subject = SourcePhrases.nounPhraseBefore(s, c);
    if (subject.isEmpty() || subject.first() == 0 || !isAs(s, subject.first() - 1)) {
      return Optional.empty();
    }
    return Optional.of(new Clause(subject.first() - 1, c, last, subject));
  }

  private static boolean isAs(Sentence s, int k) {
    return s.token(k).text().toLowerCase(Locale.ROOT).equals("as") && s.token(k).pos().equals("IN");
  }

  @Override
  public void find(Context ctx, Sentence s) {
    for (int c = 0; c < s.size(); c++) {
      Optional<Clause> found = cueAt(s, c, ctx.cues());
      if (found.isEmpty() || ctx.quotes().at(s.token(c).begin()).isPresent()) {
        continue;
      }
      Clause a = found.get();
      int first;
      int last;
      int lead = 0;
      while (lead < s.size() && (s.token(lead).pos().equals("CC") || s.token(lead).pos().startsWith("RB") || s.token(lead).text().equals(","))) {
        lead++; // "But as The Hill pointed out, …"
      }
      boolean setOff = a.as() <= lead || s.token(a.as() - 1).text().equals(",");
      if (setOff && a.last() + 1 < s.size() && s.token(a.last() + 1).text().equals(",")) {
        // "As X reported, content." and "A few weeks ago, as X reported, content.": what the
        // clause attributes is the main clause after it.
        first = a.last() + 2;
        last = Tokens.trimEnd(s, first, s.size() - 1);
      } else if (a.as() > 1 && s.token(a.as() - 1).text().equals(",") && Tokens.trimEnd(s, a.last(), s.size() - 1) <= a.last()) {
        first = lead; // "Content, as X reported."
        last = Tokens.trimEnd(s, first, a.as() - 2);
      } else {
        continue;
      }
      if (last - first < 1) {
        continue; // no clause to speak of
      }
      Optional<ClaimSource> src = Resolver.resolve(ctx, s, a.source());
      if (src.isEmpty()) {
        continue;
      }
      CueLexicon.Cue cue = ctx.cues().verb(s.token(c).lemma()).orElseThrow();
      int begin = s.token(first).begin();
      int end = s.token(last).end();
      String content = ctx.slice(begin, end);
      Optional<QuoteFinder.Quote> quote = ctx.quotes().around(begin);
      QuoteType type = quote.isPresent() && quote.get().openBegin() >= begin - 1 && quote.get().closeEnd() >= end ? QuoteType.DIRECT
          : ctx.quotes().within(begin, end) ? QuoteType.MIXED : QuoteType.INDIRECT;
      Stance stance = StanceRules.of(cue, content, false);
      int[] group = CueSpans.bounds(s, c);
      int cueFirst = group[0]; // "As reported by": the cue is "reported", as annotated attributions have it
      String cueText = ctx.slice(s.token(cueFirst).begin(), s.token(group[1]).end());
      ctx.claims().add(ctx.claim(src.get(), cueText, s.token(c).lemma(), s.token(cueFirst).begin(), stance, type, begin, end,
          List.of(), SaidWhen.find(s, c, c + 1, a.last(), ctx.year()), src.get().named() ? 0.8 : 0.6));
    }
  }
}
