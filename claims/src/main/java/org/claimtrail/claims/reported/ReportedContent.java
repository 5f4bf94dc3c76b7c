package org.claimtrail.claims.reported;

import org.claimtrail.claims.span.Asides;
import org.claimtrail.claims.span.Content;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Where a reported content lies once its speaker is known: before the source ("The road is
 * closed, police said."), round an inverted aside, cut before a speaker inside it, from an aside's
 * start ("At one point, she said, …") or a relative clause's noun ("a probe the agency said was
 * ongoing").
 */
final class ReportedContent {
  private ReportedContent() {}

  /** Places the content of {@code w}; false when there is no content to speak of. */
  static boolean place(Saying w) {
    Sentence s = w.s;
    int c = w.c;
    if (w.aside) {
      w.content = Content.of(Asides.leadingSkip(s), Tokens.trimEnd(s, 0, s.size() - 1));
    } else if (w.inverted) {
      w.content = Content.of(Asides.leadingSkip(s), Tokens.trimEnd(s, 0, c - 2));
    } else if (w.postposed && !beforeTheSource(w)) {
      return false;
    }
    if (w.content.last() - w.content.first() < (!w.reading() && !w.oneWord ? 1 : 0)) {
      return false; // no content to speak of
    }
    if (!w.reading() && !w.aside && w.subject.first() <= w.content.last() && w.content.first() <= w.subject.last()) {
      // The speaker inside what is said: "Noting he majored in philosophy, Allen said …" says
      // what comes before the speaker; any other overlap is a misparse.
      int last = Tokens.trimEnd(s, w.content.first(), w.subject.first() - 1);
      if (w.subject.first() <= w.content.first() || last - w.content.first() < 1) {
        return false;
      }
      w.content = w.content.over(w.content.first(), last);
    }
    if (w.plain() && Asides.parenthetical(s, w.subject, c) && w.content.first() > c && !Asides.opensQuote(s.token(w.content.first()))) {
      // "At one point, she said, she was considering …": the words before the source are the
      // start of what was said.
      w.content = w.content.from(Asides.leadingSkip(s));
    }
    int relativeStart = w.plain() && w.content.first() > c && Tokens.isVerbOrModal(s.token(w.content.first())) ? Asides.relativeStart(s, w.subject, c) : -1;
    if (relativeStart >= 0) {
      // "a probe the agency said was ongoing", "which critics said was discriminatory": what was
      // said is about the noun the saying hangs on, and starts with it.
      w.content = w.content.from(relativeStart);
    }
    return true;
  }

  /**
   * "The road is closed, police said.": the content comes before the source; false when no clause
   * does ("In addition, media reports …"). "Asked about that vote, Clinton pointed to her support
   * for licenses": what comes before the source is when or how, and what was said is after the
   * cue after all.
   */
  private static boolean beforeTheSource(Saying w) {
    Sentence s = w.s;
    if (!(w.subject.first() > 1 && s.token(w.subject.first() - 1).text().equals(","))) {
      return false;
    }
    Content before = Content.of(Asides.leadingSkip(s), Tokens.trimEnd(s, 0, w.subject.first() - 2));
    if (!Tokens.hasVerb(s, before.first(), before.last())) {
      return false; // "In addition, media reports …": no clause before the source
    }
    boolean adverbial = !w.content.isEmpty() && opensAdverbial(s, before.first());
    if (!adverbial) {
      w.content = before;
    }
    return true;
  }

  /**
   * Whether the words from {@code k} open an adverbial rather than a clause of their own: a
   * preposition or subordinator ("After the news went viral, …", "In a changing economy, …") or a
   * participle ("Asked about that vote, …", "Speaking at a rally, …").
   */
  private static boolean opensAdverbial(Sentence s, int k) {
    Token t = s.token(k);
    return t.pos().equals("IN") || t.pos().equals("TO") || t.pos().equals("WRB") || t.pos().equals("VBG") || t.pos().equals("VBN");
  }
}
