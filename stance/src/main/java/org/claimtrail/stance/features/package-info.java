/**
 * What the stance model reads of a (claim, body) pair: {@link
 * org.claimtrail.stance.features.ClaimText} and {@link org.claimtrail.stance.features.BodyText}
 * are the two sides prepared once (words, stems, cue counts, MiniLM vectors per sentence), and
 * {@link org.claimtrail.stance.features.PairFeatures} computes the named feature values of a pair
 * from them, group by group ({@link org.claimtrail.stance.features.FeatureGroup}).
 */
package org.claimtrail.stance.features;
