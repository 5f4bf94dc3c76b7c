package org.claimtrail.app.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimtrail.embed.TextEncoder;
import org.claimtrail.embed.TextSpan;
import org.claimtrail.embed.Vectors;
import org.claimtrail.model.BodyStance;
import org.claimtrail.model.CheckReport;
import org.claimtrail.model.Stance;
import org.claimtrail.stance.StanceModel;
import org.claimtrail.stance.StanceVerdict;
import org.claimtrail.stance.features.BodyText;
import org.claimtrail.stance.features.ClaimMark;
import org.claimtrail.stance.features.ClaimText;
import org.claimtrail.store.ArticleQueries;
import org.claimtrail.store.ArticleQueries.ArticleText;
import org.claimtrail.store.ArticleQueries.PlacedClaim;
import org.claimtrail.store.Store;
import org.claimtrail.store.search.SearchIndex;
import org.claimtrail.store.search.VectorIndex;

/**
 * Checks a claim against the store. Candidates: the articles that match its words best (BM25,
 * {@value #BY_WORDS}) and those holding the sentences nearest to it in meaning ({@value
 * #BY_MEANING} nearest sentence vectors), at most {@value #MAX_CANDIDATES}. Each is read with its
 * stored sentence vectors and claims and judged by the stance model; unrelated ones are counted,
 * the others returned by stance, most confident first. Thread-safe when its parts are.
 */
public final class ClaimCheck {
  static final int BY_WORDS = 15;
  static final int BY_MEANING = 60;
  static final int MAX_CANDIDATES = 30;
  private static final int MAX_CLAIM_CHARS = 2_000;
  private final Store store;
  private final SearchIndex search;
  private final VectorIndex vectors;
  private final TextEncoder encoder;
  private final StanceModel model;

  public ClaimCheck(Store store, SearchIndex search, VectorIndex vectors, TextEncoder encoder, StanceModel model) {
    this.store = store;
    this.search = search;
    this.vectors = vectors;
    this.encoder = encoder;
    this.model = model;
  }

  public CheckReport check(String claimText, int limit) {
    long t0 = System.nanoTime();
    String text = claimText.strip();
    if (text.isEmpty() || text.length() > MAX_CLAIM_CHARS) {
      throw new IllegalArgumentException("A claim is 1 to " + MAX_CLAIM_CHARS + " characters, got " + text.length());
    }
    ClaimText claim = ClaimText.of(text, encoder.encode(List.of(text)).get(0));
    List<ArticleText> views = new ArticleQueries(store).texts(new ArrayList<>(candidates(claim)));
    List<BodyText> bodies = new ArrayList<>();
    for (ArticleText v : views) {
      bodies.add(body(v));
    }
    List<StanceVerdict> verdicts = model.judge(java.util.Collections.nCopies(bodies.size(), claim), bodies);
    List<CheckReport.Checked> related = new ArrayList<>();
    int i = 0;
    for (ArticleText v : views) {
      StanceVerdict verdict = verdicts.get(i);
      if (verdict.stance().related()) {
        related.add(checked(v, verdict, claim, bodies.get(i)));
      }
      i++;
    }
    related.sort(Comparator.comparing((CheckReport.Checked c) -> c.stance().ordinal())
        .thenComparing(Comparator.comparingDouble(CheckReport.Checked::confidence).reversed()));
    return new CheckReport(text, related.subList(0, Math.min(limit, related.size())), views.size(), views.size() - related.size(),
        (System.nanoTime() - t0) / 1e9);
  }

  private Set<Long> candidates(ClaimText claim) {
    Set<Long> ids = new LinkedHashSet<>();
    search.articlesLike(claim.text(), BY_WORDS).forEach(e -> ids.add(e.getKey()));
    for (VectorIndex.Hit h : vectors.nearest(ArticleVectors.KIND, claim.vector(), BY_MEANING)) {
      if (ids.size() >= MAX_CANDIDATES) {
        break;
      }
      ids.add(h.owner());
    }
    return ids;
  }

  private BodyText body(ArticleText v) {
    List<VectorIndex.Entry> entries = vectors.entries(ArticleVectors.KIND, v.summary().id());
    List<TextSpan> spans = new ArrayList<>();
    List<float[]> vecs = new ArrayList<>();
    for (VectorIndex.Entry e : entries.subList(0, Math.min(entries.size(), BodyText.MAX_SENTENCES))) {
      spans.add(new TextSpan(e.start(), e.end()));
      vecs.add(e.vector());
    }
    List<ClaimMark> marks = new ArrayList<>();
    for (PlacedClaim c : v.claims()) {
      marks.add(new ClaimMark(c.start(), c.end(), Stance.parse(c.stance())));
    }
    return BodyText.of(v.body(), spans, vecs, marks);
  }

  private static CheckReport.Checked checked(ArticleText v, StanceVerdict verdict, ClaimText claim, BodyText body) {
    List<CheckReport.Evidence> evidence = new ArrayList<>();
    for (int s : verdict.evidence()) {
      var sentence = body.sentences().get(s);
      TextSpan span = sentence.span();
      List<CheckReport.EvidenceClaim> claims = new ArrayList<>();
      for (PlacedClaim c : v.claims()) {
        if (c.start() < span.end() && c.end() > span.start()) {
          claims.add(new CheckReport.EvidenceClaim(c.id(), c.source(), c.cue(), c.stance(), c.content()));
        }
      }
      evidence.add(new CheckReport.Evidence(span.start(), span.end(), span.of(v.body()), Vectors.dot(claim.vector(), sentence.vector()), claims));
    }
    var s = v.summary();
    return new CheckReport.Checked(s.id(), s.label(), s.publisher(), s.published(), s.url(), verdict.stance(), verdict.confidence(), evidence);
  }

  /** The order stances are shown in. */
  static List<BodyStance> shown() {
    return List.of(BodyStance.AGREE, BodyStance.DISAGREE, BodyStance.DISCUSS);
  }
}
