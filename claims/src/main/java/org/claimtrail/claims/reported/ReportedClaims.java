package org.claimtrail.claims.reported;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtrail.claims.Context;
import org.claimtrail.claims.provenance.Provenance;
import org.claimtrail.claims.quote.QuoteFinder;
import org.claimtrail.claims.source.Resolver;
import org.claimtrail.claims.source.SourcePhrases;
import org.claimtrail.claims.source.Span;
import org.claimtrail.claims.source.Speakers;
import org.claimtrail.claims.span.CueSpans;
import org.claimtrail.claims.stance.Negation;
import org.claimtrail.claims.stance.StanceRules;
import org.claimtrail.claims.time.SaidWhen;
import org.claimtrail.model.Claim;
import org.claimtrail.model.ClaimSource;
import org.claimtrail.model.EntityType;
import org.claimtrail.model.QuoteType;
import org.claimtrail.model.Stance;
import org.claimtrail.nlp.Sentence;

/**
 * The claims of one read saying ({@link Saying}): one per source it names ("Ukraine and South
 * Korea said" is two), with its provenance ("X, citing Y": Y the source, X the via; "told the
 * Post": the outlet), its stance ({@link StanceRules}) and time. A content that is a quotation is
 * kept for the quote pass's leftovers instead ({@link Context#quotedBySaying()}).
 */
final class ReportedClaims {
  private ReportedClaims() {}

  static void add(Context ctx, Saying w) {
    Sentence s = w.s;
    int c = w.c;
    int contentBegin = s.token(w.content.first()).begin();
    int contentEnd = s.token(w.content.last()).end();
    // The content is a quotation: the quote pass attributes it, whole. Should that pass find no
    // speaker for it ("which notes, “…”", "sent an email saying, “done.”"), this saying does.
    Optional<QuoteFinder.Quote> quotation = ctx.quotes().quotation(contentBegin, contentEnd);
    QuoteType quoteType = ctx.quotes().within(contentBegin, contentEnd) ? QuoteType.MIXED : QuoteType.INDIRECT;
    List<String> via = new ArrayList<>();
    Span cited = Provenance.cited(s, w.subject, c);
    Span sourceSpan = w.subject;
    if (!cited.isEmpty()) {
      via.add(Resolver.viaName(ctx, s, new Span(w.subject.first(), Provenance.beforeCiting(s, w.subject))));
      sourceSpan = cited;
    }
    if (w.content.viaFirst() >= 0) {
      String outlet = Resolver.viaName(ctx, s, new Span(w.content.viaFirst(), w.content.viaLast()));
      if (Provenance.isMedia(ctx, s, w.content.viaFirst(), w.content.viaLast())) {
        via.add(0, outlet);
      }
    }
    boolean negated = Negation.isNegated(s, c);
    String contentText = ctx.slice(contentBegin, contentEnd);
    Optional<String> when = SaidWhen.find(s, c, w.subject.last() + 1, Math.max(w.subject.last() + 1, w.content.first() - 1), ctx.year());
    String cueText = cueText(ctx, w);
    int cueStart = s.token(w.cueFirst).begin();
    String nobody = w.seeming.isPresent() ? "the writer" : "unnamed sources";
    Optional<ClaimSource> relative = w.unnamed ? Optional.of(new ClaimSource(nobody, EntityType.OTHER, Optional.empty(), Optional.empty(), "",
        cueStart, cueStart)) : Speakers.relative(ctx, s, sourceSpan, c);
    List<Span> parts = relative.isPresent() ? List.of(sourceSpan) : SourcePhrases.conjuncts(s, sourceSpan, ctx.entities());
    for (Span part : parts) {
      Optional<ClaimSource> src = relative.isPresent() ? relative : Resolver.resolve(ctx, s, part);
      if (src.isEmpty()) {
        continue;
      }
      Optional<String> said = when.isPresent() ? when : inheritedTime(ctx, s, c);
      if (quotation.isPresent()) {
        quoted(ctx, w, quotation.get(), src.get(), cueText, cueStart, negated, via, said);
        continue;
      }
      Stance stance = StanceRules.ofSaying(w.cue, contentText, negated, src.get());
      ctx.claims().add(ctx.claim(src.get(), cueText, s.token(c).lemma(), cueStart, stance, quoteType, contentBegin, contentEnd, via, said,
          confidence(src.get())));
    }
  }

  /** The cue as written: its verb group, from a carrying or governing verb, through a noun naming the saying. */
  private static String cueText(Context ctx, Saying w) {
    int[] group = CueSpans.bounds(w.s, w.c);
    if (w.cueFirst == w.c) {
      w.cueFirst = group[0];
    }
    int cueLast = w.nounCueLast >= 0 && w.passive.isEmpty() ? w.nounCueLast : group[1];
    return ctx.slice(w.s.token(w.cueFirst).begin(), w.s.token(cueLast).end());
  }

  /** A named source is surer than an unnamed one, and an unnamed one of many words is least sure. */
  private static double confidence(ClaimSource src) {
    double confidence = src.named() ? 0.85 : 0.65;
    if (src.type() == EntityType.OTHER && src.name().split(" ").length > 6) {
      confidence = 0.5;
    }
    return confidence;
  }

  /** The quotation's segments as this saying's direct claims, for the quote pass's leftovers. */
  private static void quoted(Context ctx, Saying w, QuoteFinder.Quote quotation, ClaimSource src, String cueText, int cueStart, boolean negated,
      List<String> via, Optional<String> said) {
    for (QuoteFinder.Segment seg : quotation.segments()) {
      String quoted = ctx.slice(seg.begin(), seg.end()).replaceAll("[,\\s]+$", "");
      if (!quoted.isBlank()) {
        ctx.quotedBySaying().add(ctx.claim(src, cueText, w.s.token(w.c).lemma(), cueStart, StanceRules.of(w.cue, quoted, negated), QuoteType.DIRECT,
            seg.begin(), seg.begin() + quoted.length(), via, said, 0.75));
      }
    }
  }

  /** A coordinated or adverbial cue's time is its sentence's earlier claim's: "said on Monday … and added". */
  private static Optional<String> inheritedTime(Context ctx, Sentence s, int c) {
    if (!s.relation(c).equals("conj") && !s.relation(c).startsWith("obl") && !s.relation(c).startsWith("advcl")) {
      return Optional.empty();
    }
    for (int i = ctx.claims().size() - 1; i >= 0; i--) {
      Claim prior = ctx.claims().get(i);
      if (prior.cueStart() >= s.begin() && prior.cueStart() < s.token(c).begin()) {
        return prior.saidWhen();
      }
    }
    return Optional.empty();
  }
}
