package org.claimtrail.stance.features;

/** The groups of features a model may be trained with; a model records the groups it reads. */
public enum FeatureGroup {
  /** Word overlap: TF-IDF cosines, BM25, shares of the claim's stems, bigrams and trigrams found in the body. */
  LEXICAL,
  /** MiniLM cosines of the claim with the body's sentences: max, mean, top three, lead, centroid, where the best one is. */
  SEMANTIC,
  /** Refuting, hedging, attribution, confirming and negation cues in the claim, in the body and near the sentences most like the claim. */
  CUES,
  /** Lengths of the claim and the body. */
  SIZES,
  /** The claim's vector times, and minus, the vector of the body's sentence most like it (768 values). */
  VECTORS,
  /** Claimtrail's own attributed claims in the sentences most like the claim, by stance (needs the claims stage). */
  CLAIMS
}
