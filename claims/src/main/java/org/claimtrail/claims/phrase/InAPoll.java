package org.claimtrail.claims.phrase;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.claims.ClaimPass;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.DataFile;
import org.claimtrail.claims.source.Resolver;
import org.claimtrail.claims.source.SourcePhrases;
import org.claimtrail.claims.source.Span;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.claims.stance.StanceRules;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.QuoteType;
import org.claimtrail.nlp.Sentence;

/**
 * "In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to
 * 39 percent": a sentence that opens with a poll is the poll's claim, as after "According to".
 */
public final class InAPoll implements ClaimPass {
  @Override
  public String name() {
    return "in a poll";
  }

  /** The nouns that make a sentence-opening "In a … poll," a claim of the poll: PolNeAR marks 16 of 21 such openings on train, "In" the cue. */
  private static final Set<String> POLLS = DataFile.words(InAPoll.class, "polls.txt");

  @Override
  public void find(Context ctx, Sentence s) {
    if (s.size() < 4 || !s.token(0).text().equals("In")) {
      return;
    }
    Span x = SourcePhrases.npAfter(s, 1);
    if (x.isEmpty() || !POLLS.contains(s.token(x.last()).lemma().toLowerCase(Locale.ROOT))) {
      return;
    }
    x = SourcePhrases.throughModifiers(s, x);
    int first = Tokens.skipCommas(s, x.last() + 1);
    if (first > x.last() + 1 && first < s.size() && s.token(first).pos().equals("VBN")) {
      // ", conducted in May,": the participle phrase is the poll's, up to its comma.
      for (int j = first + 1; j < s.size() && j < first + 15; j++) {
        if (s.token(j).text().equals(",")) {
          x = new Span(x.first(), j - 1);
          first = Tokens.skipCommas(s, j);
          break;
        }
      }
    }
    if (first == x.last() + 1 || first >= s.size()) {
      return; // no comma after the poll: "In a poll of 1,000 voters taken …" runs on as a clause of its own
    }
    int last = Tokens.trimEnd(s, first, s.size() - 1);
    Optional<ClaimSource> src = Resolver.resolve(ctx, s, x);
    if (last <= first || src.isEmpty()) {
      return;
    }
    int begin = s.token(first).begin();
    int end = s.token(last).end();
    ctx.claims().add(ctx.claim(src.get(), s.token(0).text(), "in", s.token(0).begin(), StanceRules.ofPoll(),
        ctx.quotes().within(begin, end) ? QuoteType.MIXED : QuoteType.INDIRECT, begin, end, List.of(), Optional.empty(), 0.7));
  }
}
