package org.claimtrail.stance.features;

import java.util.Map;
import java.util.Set;
import org.claimtrail.embed.SentenceEncoder;
import org.claimtrail.model.Stance;
import org.claimtrail.stance.text.Cue;
import org.claimtrail.stance.text.Idf;

/**
 * The features of a (claim, body) pair, group by group. Every value is a pure function of the
 * prepared claim and body and the model's {@link Idf}; names are stable, since a trained model
 * finds its features by name.
 */
public final class PairFeatures {
  private static final double K1 = 1.2;
  private static final double B = 0.75;
  private static final int TOP = 3;
  private final Idf idf;
  private final Set<FeatureGroup> groups;

  public PairFeatures(Idf idf, Set<FeatureGroup> groups) {
    this.idf = idf;
    this.groups = Set.copyOf(groups);
  }

  public FeatureRow of(ClaimText claim, BodyText body) {
    Similarities sim = Similarities.of(claim, body);
    FeatureRow row = new FeatureRow();
    if (groups.contains(FeatureGroup.LEXICAL)) {
      lexical(claim, body, row);
    }
    if (groups.contains(FeatureGroup.SEMANTIC)) {
      semantic(claim, body, sim, row);
    }
    if (groups.contains(FeatureGroup.CUES)) {
      CueFeatures.add(claim, body, sim, row);
    }
    if (groups.contains(FeatureGroup.SIZES)) {
      row.add("size.claim_words", claim.words().size());
      row.add("size.body_sentences", Math.log1p(body.sentences().size()));
      row.add("size.body_stems", Math.log1p(body.length()));
    }
    if (groups.contains(FeatureGroup.VECTORS)) {
      vectors(claim, body, sim, row);
    }
    if (groups.contains(FeatureGroup.CLAIMS)) {
      claims(body, sim, row);
    }
    return row;
  }

  private void lexical(ClaimText claim, BodyText body, FeatureRow row) {
    row.add("lex.tfidf_body", tfidfCosine(claim, body.termCounts()));
    Map<String, Integer> lead = counts(body, 0, Math.min(TOP, body.sentences().size()));
    row.add("lex.tfidf_lead", tfidfCosine(claim, lead));
    double bestSentence = 0;
    double bestShare = 0;
    for (int i = 0; i < body.sentences().size(); i++) {
      Map<String, Integer> c = counts(body, i, i + 1);
      bestSentence = Math.max(bestSentence, tfidfCosine(claim, c));
      bestShare = Math.max(bestShare, idfShare(claim, c.keySet()));
    }
    row.add("lex.tfidf_best_sentence", bestSentence);
    row.add("lex.idf_share_best_sentence", bestShare);
    row.add("lex.bm25", bm25(claim, body));
    row.add("lex.share", share(claim.stemSet(), body.termCounts().keySet()));
    row.add("lex.idf_share", idfShare(claim, body.termCounts().keySet()));
    row.add("lex.idf_share_lead", idfShare(claim, lead.keySet()));
    long common = claim.stemSet().stream().filter(body.termCounts()::containsKey).count();
    row.add("lex.jaccard", common / (double) Math.max(1, claim.stemSet().size() + body.termCounts().size() - common));
    row.add("lex.bigram_share", share(claim.bigrams(), body.bigrams()));
    row.add("lex.trigram_share", share(claim.trigrams(), body.trigrams()));
  }

  private void semantic(ClaimText claim, BodyText body, Similarities sim, FeatureRow row) {
    int n = body.sentences().size();
    float[] cos = sim.cosines();
    double sum = 0;
    double sq = 0;
    int above5 = 0;
    int above6 = 0;
    float[] centroid = new float[SentenceEncoder.DIMENSIONS];
    for (int i = 0; i < n; i++) {
      sum += cos[i];
      sq += cos[i] * cos[i];
      above5 += cos[i] > 0.5 ? 1 : 0;
      above6 += cos[i] > 0.6 ? 1 : 0;
      float[] v = body.sentences().get(i).vector();
      for (int d = 0; d < centroid.length; d++) {
        centroid[d] += v[d];
      }
    }
    double mean = n == 0 ? 0 : sum / n;
    int[] top = sim.top(TOP);
    double topMean = 0;
    for (int i : top) {
      topMean += cos[i] / top.length;
    }
    row.add("sem.max", sim.best());
    row.add("sem.second", n > 1 ? cos[sim.order()[1]] : 0);
    row.add("sem.mean", mean);
    row.add("sem.top3", topMean);
    row.add("sem.std", n == 0 ? 0 : Math.sqrt(Math.max(0, sq / n - mean * mean)));
    row.add("sem.lead", n == 0 ? 0 : cos[0]);
    row.add("sem.centroid", org.claimtrail.embed.Vectors.cosine(claim.vector(), centroid));
    row.add("sem.best_position", n <= 1 ? 0 : sim.order()[0] / (double) (n - 1));
    row.add("sem.share_above_0.5", n == 0 ? 0 : above5 / (double) n);
    row.add("sem.log_above_0.6", Math.log1p(above6));
  }

  private static void vectors(ClaimText claim, BodyText body, Similarities sim, FeatureRow row) {
    float[] h = claim.vector();
    float[] s = body.sentences().isEmpty() ? new float[h.length] : body.sentences().get(sim.order()[0]).vector();
    for (int d = 0; d < h.length; d++) {
      row.add("vec.product_" + d, h[d] * s[d]);
    }
    for (int d = 0; d < h.length; d++) {
      row.add("vec.distance_" + d, Math.abs(h[d] - s[d]));
    }
  }

  private static void claims(BodyText body, Similarities sim, FeatureRow row) {
    int[] top = sim.top(TOP);
    double[] near = new double[Stance.values().length];
    double[] all = new double[Stance.values().length];
    for (ClaimMark c : body.claims()) {
      all[c.stance().ordinal()]++;
      for (int i : top) {
        var span = body.sentences().get(i).span();
        if (c.start() < span.end() && c.end() > span.start()) {
          near[c.stance().ordinal()]++;
          break;
        }
      }
    }
    int n = Math.max(1, body.sentences().size());
    for (Stance s : Stance.values()) {
      row.add("claims.near_" + s.label(), near[s.ordinal()]);
      row.add("claims.body_" + s.label(), all[s.ordinal()] / n);
    }
  }

  private Map<String, Integer> counts(BodyText body, int from, int to) {
    Map<String, Integer> c = new java.util.HashMap<>();
    for (int i = from; i < to; i++) {
      for (String s : body.sentences().get(i).stems()) {
        c.merge(s, 1, Integer::sum);
      }
    }
    return c;
  }

  private double tfidfCosine(ClaimText claim, Map<String, Integer> counts) {
    Map<String, Integer> q = new java.util.HashMap<>();
    for (String s : claim.stems()) {
      q.merge(s, 1, Integer::sum);
    }
    double dot = 0;
    double nq = 0;
    for (Map.Entry<String, Integer> e : q.entrySet()) {
      double w = e.getValue() * idf.idf(e.getKey());
      nq += w * w;
      Integer c = counts.get(e.getKey());
      if (c != null) {
        dot += w * c * idf.idf(e.getKey());
      }
    }
    double nd = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double w = e.getValue() * idf.idf(e.getKey());
      nd += w * w;
    }
    return nq == 0 || nd == 0 ? 0 : dot / Math.sqrt(nq * nd);
  }

  /** BM25 of the claim as a query against the body, as a share of what a body holding every term often would score. */
  private double bm25(ClaimText claim, BodyText body) {
    double score = 0;
    double best = 0;
    double norm = K1 * (1 - B + B * body.length() / Math.max(1, idf.meanLength()));
    for (String t : claim.stemSet()) {
      double w = idf.idf(t);
      int tf = body.termCounts().getOrDefault(t, 0);
      score += w * tf * (K1 + 1) / (tf + norm);
      best += w * (K1 + 1);
    }
    return best == 0 ? 0 : score / best;
  }

  private double idfShare(ClaimText claim, Set<String> present) {
    double found = 0;
    double all = 0;
    for (String t : claim.stemSet()) {
      double w = idf.idf(t);
      all += w;
      found += present.contains(t) ? w : 0;
    }
    return all == 0 ? 0 : found / all;
  }

  private static double share(Set<String> of, Set<String> in) {
    if (of.isEmpty()) {
      return 0;
    }
    long found = of.stream().filter(in::contains).count();
    return found / (double) of.size();
  }

  /** Unused cue kinds must still be read the same way; kept here so the feature names stay in one file. */
  static String name(String group, Cue cue, String what) {
    return group + "." + cue.name().toLowerCase(java.util.Locale.ROOT) + "_" + what;
  }
}
