package org.claimtrail.claims.phrase;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrail.claims.ClaimPass;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.source.Resolver;
import org.claimtrail.claims.source.Span;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.claims.stance.StanceRules;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.QuoteType;
import org.claimtrail.nlp.Sentence;

/**
 * "Name: statement" (headlines such as "Pence: …", transcripts' "WALLACE: …"): up to six
 * capitalised words before a colon that name a speaker the article knows, or are written in
 * capitals, make a claim of what follows. "Poll: …" is a label; "Q:" and "A:" name no one.
 */
public final class NameColon implements ClaimPass {
  @Override
  public String name() {
    return "name and colon";
  }

  @Override
  public void find(Context ctx, Sentence s) {
    int k = 0;
    while (k < s.size() && k <= 6 && !s.token(k).text().equals(":")) {
      k++;
    }
    if (k == 0 || k > 6 || k >= s.size() || s.size() - k < 4) {
      return;
    }
    if (k == 1 && s.token(0).text().length() == 1) {
      return; // "Q: …", "A: …" in an interview: a letter names no one
    }
    Span name = new Span(0, k - 1);
    for (int i = 0; i < k; i++) {
      if (!Character.isUpperCase(s.token(i).text().codePointAt(0)) && !s.token(i).pos().equals("POS")) {
        return;
      }
    }
    if (ctx.quotes().at(s.token(0).begin()).isPresent()) {
      return;
    }
    Optional<ClaimSource> src = Resolver.resolve(ctx, s, name);
    if (src.isEmpty() || (!src.get().named() && !s.token(k - 1).text().equals(s.token(k - 1).text().toUpperCase(Locale.ROOT)))) {
      return; // "Poll: …" is a label; "Pence: …" and "WALLACE: …" are speakers
    }
    int first = k + 1;
    int last = Tokens.trimEnd(s, first, s.size() - 1);
    if (last < first) {
      return;
    }
    int begin = s.token(first).begin();
    int end = s.token(last).end();
    String content = ctx.slice(begin, end);
    ctx.claims().add(ctx.claim(src.get(), ":", ":", s.token(k).begin(), StanceRules.ofContent(content, false),
        ctx.quotes().within(begin, end) ? QuoteType.MIXED : QuoteType.INDIRECT, begin, end, List.of(), Optional.empty(), 0.6));
  }
}
