package org.claimtrail.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimtrail.claims.cue.CueLexicon;
import org.claimtrail.claims.quote.QuoteFinder;
import org.claimtrail.model.Claim;
import org.claimtrail.model.QuoteType;

/**
 * What the passes' claims become once all of an article's are in, where they overlap: a belief
 * inside another's content, a quote inside its own cue's mixed content, duplicates, a reported
 * content that stops inside a quotation. Each is a step of {@link ClaimExtractor}.
 */
final class Overlaps {
  private Overlaps() {}

  /**
   * Drops a belief or intention inside another claim's content ("Obama says <u>he feels</u> he
   * can win", "said the campaign <u>plans</u> to…"): it is part of what the outer source said, not a
   * claim of its own. Nested sayings ("X said Y told him…") stay: they are provenance.
   */
  static List<Claim> withoutNestedStances(Context ctx, List<Claim> claims) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      String cls = ctx.cues().verb(c.cueLemma()).map(CueLexicon.Cue::cueClass).orElse("");
      boolean stance = cls.equals("belief") || cls.equals("intention");
      boolean nested = stance && claims.stream().anyMatch(o -> o != c && o.start() <= c.cueStart() && c.cueStart() < o.end());
      if (!nested) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A reported content that opens a quotation runs to where the quotation closes, even past the
   * end of its sentence: "he was “truly concerned about the country, and it is very important to
   * stand up.”" Ending inside the marks cuts the source's own words in two. PolNeAR's annotators
   * run such contents to the closing mark: on 98 train articles of one outlet, 8 of the 11
   * contents we ended inside a quotation.
   * A quotation over several paragraphs is left alone: where a reported content stops in it is
   * not clear.
   */
  static List<Claim> closingTheirQuotes(Context ctx, List<Claim> claims) {
    return claims.stream().map(c -> closingItsQuote(ctx, c)).toList();
  }

  private static Claim closingItsQuote(Context ctx, Claim c) {
    if (c.quote() == QuoteType.DIRECT) {
      return c;
    }
    for (QuoteFinder.Quote q : ctx.quotes().all()) {
      if (q.openBegin() >= c.start() && q.openBegin() < c.end() && q.closeEnd() > c.end() && q.segments().size() == 1) {
        QuoteType type = q.openBegin() == c.start() ? QuoteType.DIRECT : QuoteType.MIXED;
        return c.withQuote(type).withContent(c.start(), q.closeEnd(), ctx.slice(c.start(), q.closeEnd()));
      }
    }
    return c;
  }

  /**
   * Drops a quote attributed to a cue whose reported content already holds it: in "called it a
   * “cultural war” against “liberals”", the claim is the mixed content; the quoted words alone
   * are part of it, not a second claim of the same saying.
   */
  static List<Claim> withoutQuotesInsideTheirContent(Context ctx, List<Claim> claims) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      boolean inside = c.quote() == QuoteType.DIRECT && claims.stream().anyMatch(o -> o != c && o.quote() != QuoteType.DIRECT
          && o.cueStart() == c.cueStart() && o.start() <= c.start() && c.end() <= o.end());
      if (!inside) {
        out.add(c);
      }
    }
    return out;
  }

  /** One claim per content span and source. */
  static List<Claim> dedupe(Context ctx, List<Claim> claims) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      boolean dup = out.stream().anyMatch(o -> o.start() == c.start() && o.end() == c.end() && o.source().name().equals(c.source().name()));
      if (!dup) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::cueStart));
    return out;
  }
}
