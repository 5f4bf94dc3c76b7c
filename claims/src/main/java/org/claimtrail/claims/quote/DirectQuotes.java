package org.claimtrail.claims.quote;

import org.claimtrail.claims.ClaimPass;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.span.Asides;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.claims.stance.StanceRules;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * The direct-quote pass: each quote ({@link QuoteFinder}) is attributed once, from the sentence
 * that holds its closing mark, by the phrase after the mark or before the opening one ({@link
 * QuoteAttribution}); one claim per paragraph it runs over. A quote split around its attribution
 * ("“…,” he said. “…”") resumes with the same speaker; words leading into a quote attributed
 * after it are the speaker's too (a mixed claim).
 */
public final class DirectQuotes implements ClaimPass {
  @Override
  public String name() {
    return "direct quotes";
  }

  @Override
  public void find(Context ctx, Sentence s) {
    for (int i = 0; i < ctx.quotes().all().size(); i++) {
      QuoteFinder.Quote q = ctx.quotes().all().get(i);
      if (!holdsClose(s, q)) {
        continue; // attribute each quote once, from the sentence holding its closing mark
      }
      Attribution a = QuoteAttribution.find(ctx, s, q);
      if (a == null) {
        continue;
      }
      quoteClaims(ctx, q, a);
      if (i + 1 < ctx.quotes().all().size() && resumes(ctx, q, ctx.quotes().all().get(i + 1), a)) {
        quoteClaims(ctx, ctx.quotes().all().get(i + 1), a);
      } else if (i + 2 < ctx.quotes().all().size() && isTitle(ctx, ctx.quotes().all().get(i + 1)) && resumes(ctx, q, ctx.quotes().all().get(i + 2), a)) {
        // “…,” Sanders said on CNN’s “State of the Union.” “…”: the title is part of the attribution.
        quoteClaims(ctx, ctx.quotes().all().get(i + 2), a);
      }
    }
  }

  private static void quoteClaims(Context ctx, QuoteFinder.Quote q, Attribution a) {
    int lead = q.segments().size() == 1 ? leadIn(ctx, q, a) : -1;
    for (QuoteFinder.Segment seg : q.segments()) {
      int begin = lead >= 0 ? lead : seg.begin();
      String content = ctx.slice(begin, seg.end()).replaceAll("[,\\s]+$", "");
      if (content.isBlank()) {
        continue;
      }
      int end = begin + content.length();
      Stance stance = StanceRules.of(a.cue(), content, false);
      ctx.claims().add(ctx.claim(a.source(), a.cueText(), a.cue().lemma(), a.cueStart(), stance,
          lead >= 0 ? QuoteType.MIXED : QuoteType.DIRECT, begin, end, a.via(), a.when(), 0.8));
    }
  }

  /**
   * Where the words leading into a quote begin, when the sentence starts before the quote and is
   * attributed after it: "Teachers in the group are “very, very pro-Bernie,” Kilfoyle said." The
   * source said the whole clause, not only its quoted end. Else -1.
   */
  private static int leadIn(Context ctx, QuoteFinder.Quote q, Attribution a) {
    if (a.cueStart() < q.closeEnd()) {
      return asideLeadIn(ctx, q, a);
    }
    for (Sentence s : ctx.text().sentences()) {
      if (s.begin() <= q.openBegin() && q.openBegin() < s.end()) {
        int first = Asides.leadingSkip(s);
        boolean words = false;
        for (int k = first; k < s.size() && s.token(k).begin() < q.openBegin(); k++) {
          Token t = s.token(k);
          words |= Character.isLetterOrDigit(t.text().charAt(0));
          if (t.isVerb() && ctx.cues().verb(t.lemma()).isPresent()) {
            return -1; // "He said the plan “works”": the reported-speech pass has it
          }
        }
        boolean sameSentence = a.cueStart() < s.end();
        return words && sameSentence && first < s.size() && ctx.quotes().at(s.token(first).begin()).isEmpty() ? s.token(first).begin() : -1;
      }
    }
    return -1;
  }

  /**
   * Where the words leading into a quote begin when an aside attribution stands between them and
   * the quote goes on with the sentence: "Instead, Axelrod said, “she started as …”", "An economic
   * downturn, he said, “could be a good thing.”" A quote opening with a capital is a sentence of
   * its own ("In a statement, a spokesman said, “We …”"), and alone what was said. Else -1.
   */
  private static int asideLeadIn(Context ctx, QuoteFinder.Quote q, Attribution a) {
    String opening = Tokens.strip(ctx.slice(q.begin(), q.end()));
    if (opening.isEmpty() || !Character.isLowerCase(opening.charAt(0)) || a.source().end() <= a.source().begin()) {
      return -1;
    }
    for (Sentence s : ctx.text().sentences()) {
      if (s.begin() <= a.source().begin() && a.source().begin() < s.end() && q.openBegin() < s.end() + 2) {
        String before = Tokens.strip(ctx.slice(s.begin(), a.source().begin()));
        String between = Tokens.strip(ctx.slice(a.source().end(), q.openBegin()));
        boolean aside = before.endsWith(",") && before.length() > 1 && (between.endsWith(",") || between.endsWith(":"));
        int first = Asides.leadingSkip(s);
        return aside && first < s.size() && s.token(first).begin() < a.source().begin() ? s.token(first).begin() : -1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code next} continues a quote split around its attribution: “…,” he said. “…” or
   * “…,” he said, “…”. Only the attribution stands between them (one clause, same paragraph),
   * and the second part names no speaker of its own after it (“…,” she added).
   */
  private static boolean resumes(Context ctx, QuoteFinder.Quote q, QuoteFinder.Quote next, Attribution a) {
    if (a.cueStart() < q.closeEnd() || a.cueStart() >= next.openBegin()) {
      return false;
    }
    int paragraphs = ctx.paragraphOf(next.openBegin()) - ctx.paragraphOf(q.closeEnd() - 1);
    // The next paragraph may go on with the quote when it opens with it: “…,” he said.¶“…”
    if (paragraphs > 1 || paragraphs == 1 && !Tokens.strip(ctx.slice(ctx.paragraphStart(next.openBegin()), next.openBegin())).isEmpty()) {
      return false;
    }
    String gap = Tokens.strip(ctx.slice(q.closeEnd(), next.openBegin()));
    if (gap.length() > 200) {
      return false; // more than the attribution
    }
    String ending = Tokens.strip(gap.replaceAll("[”\"']+$", "")); // a title ending the attribution: on “Meet the Press.”
    if (!gap.isEmpty() && (ending.isEmpty() || ",.:;—–-".indexOf(ending.charAt(ending.length() - 1)) < 0)) {
      return false; // a quoted name inside the attribution: “…,” he told “Fox and Friends.”
    }
    Sentence closing = null;
    for (Sentence t : ctx.text().sentences()) {
      if (t.begin() > a.cueStart() && t.begin() < next.openBegin()) {
        return false; // another sentence after the attribution ("…,” said Lt. Tyler Roe, is one sentence)
      }
      if (closing == null && holdsClose(t, next)) {
        closing = t;
      }
    }
    return closing != null && QuoteAttribution.after(ctx, closing, next) == null;
  }

  /** A quoted title ("State of the Union", "Meet the Press"): a few words opening with a capital. */
  private static boolean isTitle(Context ctx, QuoteFinder.Quote q) {
    String words = Tokens.strip(ctx.slice(q.begin(), q.end()));
    return q.segments().size() == 1 && !words.isEmpty() && Character.isUpperCase(words.charAt(0)) && words.split("\\s+").length <= 6;
  }

  /** Whether the quote's closing mark ends in (or just after) this sentence. */
  private static boolean holdsClose(Sentence s, QuoteFinder.Quote q) {
    return s.begin() < q.closeEnd() && q.closeEnd() <= s.end() + 1;
  }

}
