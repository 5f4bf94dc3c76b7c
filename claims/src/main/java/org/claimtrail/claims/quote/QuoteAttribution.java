package org.claimtrail.claims.quote;

import java.util.List;
import java.util.Optional;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.source.Resolver;
import org.claimtrail.claims.source.SourcePhrases;
import org.claimtrail.claims.source.Span;
import org.claimtrail.claims.span.CueSpans;
import org.claimtrail.claims.span.Tokens;
import org.claimtrail.claims.time.SaidWhen;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Who said a direct quote: the attribution right after the closing mark (“…,” he said / “…,”
 * said Austin / “…,” Austin told journalists) or right before the opening one (Austin said: “…”).
 */
final class QuoteAttribution {

  private QuoteAttribution() {}

  static Attribution find(Context ctx, Sentence s, QuoteFinder.Quote q) {
    Attribution after = after(ctx, s, q);
    if (after != null) {
      return after;
    }
    for (Sentence open : ctx.text().sentences()) {
      if (open.begin() <= q.openBegin() && q.openBegin() <= open.end()) {
        Attribution before = before(ctx, open, q);
        if (before == null && open.index() > 0 && open.begin() >= q.openBegin()) {
          return introduced(ctx, ctx.text().sentences().get(open.index() - 1), q);
        }
        return before;
      }
    }
    return null;
  }

  /**
   * A quote set off after a sentence that ends in a colon: "Cruz continued:" or "In a 1963
   * speech, he declared:" and then the quote, often as its own paragraph.
   */
  private static Attribution introduced(Context ctx, Sentence previous, QuoteFinder.Quote q) {
    int last = previous.size() - 1;
    if (last < 1 || !previous.token(last).text().equals(":") || Tokens.strip(ctx.slice(previous.end(), q.openBegin())).length() > 0) {
      return null;
    }
    return before(ctx, previous, q);
  }

  /** The attribution right after a quote's closing mark, if any (null if none). */
  static Attribution after(Context ctx, Sentence s, QuoteFinder.Quote q) {
    int a = Tokens.tokenAt(s, q.closeEnd());
    boolean comma = false;
    while (a < s.size() && (s.token(a).text().equals(",") || s.token(a).pos().equals("''"))) {
      comma |= s.token(a).text().equals(",");
      a++;
    }
    if (a >= s.size() && s.index() + 1 < ctx.text().sentences().size()) {
      // The splitter often ends the sentence at the closing mark: “…?” ― Jane Doe / “…!” she said.
      Sentence next = ctx.text().sentences().get(s.index() + 1);
      if (ctx.paragraphOf(next.begin()) == ctx.paragraphOf(q.closeEnd() - 1)) {
        s = next;
        a = 0;
      }
    }
    if (a >= s.size()) {
      return null;
    }
    Token first = s.token(a);
    if ((first.text().equals("―") || first.text().equals("—")) && a + 1 < s.size()) { // “…” ― Jane Doe
      Span np = SourcePhrases.npAfter(s, a + 1);
      if (!np.isEmpty()) {
        return attribution(ctx, s, np, a, new CueLexicon.Cue(first.text(), "speech", "content"));
      }
    }
    Optional<CueLexicon.Cue> cue = ctx.cues().verb(first.lemma());
    // “…,” said Austin. Not “…,” promising the members more: a participle there speaks for its
    // clause's subject, and the noun after it is whom it addresses.
    if (cue.isPresent() && first.isVerb() && !first.pos().equals("VBG")) {
      if (saysSomethingElse(ctx, s, q, a)) {
        return null;
      }
      Span np = SourcePhrases.withAppositive(s, SourcePhrases.npAfter(s, a + 1));
      return attribution(ctx, s, np, a, cue.get());
    }
    return nameThenCue(ctx, s, q, a, comma);
  }

  /**
   * “…,” Austin told journalists: the speaker's name (with where they are from, or an appositive)
   * from token {@code a}, then a cue verb. {@code comma} tells whether a comma followed the quote.
   */
  private static Attribution nameThenCue(Context ctx, Sentence s, QuoteFinder.Quote q, int a, boolean comma) {
    Span np = SourcePhrases.npAfter(s, a);
    int c = np.last() + 1;
    if (!np.isEmpty() && c + 1 < s.size() && (s.token(c).text().equals("of") || s.token(c).text().equals("from"))) {
      // “…,” former Gov. Jeb Bush of Florida said: where the speaker is from is part of the name.
      Span place = SourcePhrases.npAfter(s, c + 1);
      if (!place.isEmpty() && place.last() + 1 < s.size() && s.token(place.last() + 1).isVerb()) {
        np = new Span(np.first(), place.last());
        c = place.last() + 1;
      }
    }
    if (!np.isEmpty() && c < s.size() && s.token(c).text().equals(",")) {
      // “…,” Seth McKee, a political scientist at Texas Tech, told The Hill: an appositive.
      int close = appositiveEnd(s, c);
      if (close > c) {
        np = new Span(np.first(), close - 1);
        c = close + 1;
      }
    }
    while (c < s.size() && s.token(c).pos().startsWith("RB")) {
      c++;
    }
    if (np.isEmpty() || c >= s.size()) {
      return null;
    }
    Optional<CueLexicon.Cue> cue2 = ctx.cues().verb(s.token(c).lemma());
    if (cue2.isEmpty() || !s.token(c).isVerb() || saysSomethingElse(ctx, s, q, c)) {
      return null;
    }
    if (!comma && !ctx.quotes().endsAClause(q) && !isSubject(s, np, c)) {
      // A quoted phrase in running text, "Obama said “it gets me mad” every time he thinks about
      // …": what follows is no attribution of it, unless it is a subject and its verb ("“…”
      // Grubbs said", a comma the writer left out).
      return null;
    }
    return attribution(ctx, s, np, c, cue2.get());
  }

  /**
   * Whether the sentence goes on with words of its own right after the quote's closing mark, and
   * the quote ends no clause inside its marks: "“illegal” immigrants", "“liberals” allowed".
   */
  private static boolean runsOn(Context ctx, Sentence s, QuoteFinder.Quote q) {
    if (ctx.quotes().endsAClause(q)) {
      return false;
    }
    int k = Tokens.tokenAt(s, q.closeEnd());
    return k < s.size() && Character.isLetterOrDigit(s.token(k).text().charAt(0));
  }

  /** Whether {@code np} is one phrase that is the subject of the verb at {@code c}. */
  private static boolean isSubject(Sentence s, Span np, int c) {
    int outside = 0;
    for (int k = np.first(); k <= np.last(); k++) {
      int h = s.head(k);
      if (h < np.first() || h > np.last()) {
        if (h != c || !s.relation(k).startsWith("nsubj")) {
          return false;
        }
        outside++;
      }
    }
    return outside == 1;
  }

  /**
   * Whether the cue at {@code c} after a quote that ends a sentence of its own ("…." He said
   * Clinton would …) has what was said in its own clause: "He said Clinton would", "She noted a
   * planned rally", "declined to comment". Then that quote is not its. A cue with no complement,
   * or with only the one it addresses ("Todd asked the mogul"), still is. On PolNeAR's train
   * split, 13 of 54 such cues (after a quote ending in . ? or !, with a complement found by the
   * rules) are the quote's.
   */
  private static boolean saysSomethingElse(Context ctx, Sentence s, QuoteFinder.Quote q, int c) {
    String inside = Tokens.strip(ctx.slice(q.begin(), q.end()));
    if (inside.isEmpty() || ".?!".indexOf(inside.charAt(inside.length() - 1)) < 0) {
      return false;
    }
    for (int j : s.children(c)) {
      String rel = s.relation(j);
      if (j > c && (rel.startsWith("ccomp") || rel.startsWith("xcomp") || rel.equals("obj") && !ctx.cues().is(s.token(c).lemma(), CueLexicon.Quirk.ADDRESSES))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The comma that closes an appositive opened by the comma at {@code open}, when a verb follows
   * it ("McKee, a political scientist at Texas Tech, told"); else -1. The appositive may hold
   * commas of its own: "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said".
   */
  private static int appositiveEnd(Sentence s, int open) {
    for (int j = open + 1; j < s.size() && j <= open + 25; j++) {
      Token t = s.token(j);
      if (Tokens.isQuoteMark(t)) {
        return -1;
      }
      if (t.text().equals(",")) {
        int v = j + 1;
        while (v < s.size() && s.token(v).pos().startsWith("RB")) {
          v++;
        }
        if (v < s.size() && s.token(v).isVerb()) {
          return j;
        }
      }
    }
    return -1;
  }

  private static Attribution before(Context ctx, Sentence s, QuoteFinder.Quote q) {
    int open = s.size() - 1;
    while (open >= 0 && s.token(open).begin() >= q.openBegin()) {
      open--;
    }
    // "X said: “…”", "X said, “…”", "X said of Clinton, “…”", "X wrote on Twitter: “…”".
    int c = open;
    if (c >= 0 && s.token(c).isVerb() && ctx.cues().is(s.token(c).lemma(), CueLexicon.Quirk.ADDRESSES)) {
      return null; // "he told “Fox and Friends”": a quoted name is the one told, not what was said
    }
    if (c >= 0 && !s.token(c).text().equals(":") && !s.token(c).text().equals(",") && runsOn(ctx, s, q)) {
      // "described “illegal” immigrants as …", "said that “liberals” allowed …": a quoted part
      // of a sentence that goes on, reported speech for the reported-speech pass.
      return null;
    }
    while (c >= 0 && (s.token(c).text().equals(":") || s.token(c).text().equals(","))) {
      c--;
    }
    boolean prepositional = true; // what stands between cue and quote must be "of Clinton", "on Twitter"
    for (int back = 0; c >= 0 && back < 5; back++, c--) {
      Token t = s.token(c);
      if (t.isVerb()) {
        if (back > 0 && !prepositional && !(ctx.cues().is(t.lemma(), CueLexicon.Quirk.ADDRESSES) && s.token(open).text().equals(","))) {
          return null; // "said voter fraud “would …”": reported speech with a quoted part
        }
        Optional<CueLexicon.Cue> cue = ctx.cues().verb(t.lemma());
        return cue.isEmpty() ? null : attribution(ctx, s, subjectOrInherited(s, c), c, cue.get());
      }
      if (!(t.pos().startsWith("NN") || t.pos().equals("IN") || t.pos().equals("DT") || t.pos().equals("PRP") || t.pos().startsWith("JJ"))) {
        return null;
      }
      prepositional = t.pos().equals("IN") || (prepositional && back > 0 && s.token(c - 1 >= 0 ? c - 1 : 0).pos().equals("IN")) || isPrepositionBefore(s, c);
    }
    return null;
  }

  /** Whether a preposition starts the phrase that {@code c} belongs to, scanning back to the cue. */
  private static boolean isPrepositionBefore(Sentence s, int c) {
    for (int k = c; k >= 0 && k > c - 4; k--) {
      if (s.token(k).pos().equals("IN")) {
        return true;
      }
      if (s.token(k).isVerb()) {
        return false;
      }
    }
    return false;
  }

  /** The cue's subject, or the one it shares with its clause ("…, telling Reuters, “…”", "… and said, “…”"). */
  private static Span subjectOrInherited(Sentence s, int c) {
    Span own = SourcePhrases.subjectOf(s, c);
    return own.isEmpty() ? SourcePhrases.inheritedSubject(s, c) : own;
  }

  private static Attribution attribution(Context ctx, Sentence s, Span np, int c, CueLexicon.Cue cue) {
    Optional<ClaimSource> src = Resolver.resolve(ctx, s, np);
    if (src.isEmpty()) {
      return null;
    }
    Optional<String> when = SaidWhen.find(s, c, c + 1, s.size() - 1, ctx.year());
    int[] group = CueSpans.bounds(s, c);
    return new Attribution(src.get(), cue, ctx.slice(s.token(group[0]).begin(), s.token(group[1]).end()), s.token(group[0]).begin(), List.of(), when);
  }
}
