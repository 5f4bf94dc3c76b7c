/**
 * Scoring against gold annotations, as pure functions over the model: {@link
 * org.claimtrail.eval.ClaimScorer} for gold files in the seed's format (claim found by content
 * overlap, then with the right source, stance and provenance chain), {@link
 * org.claimtrail.eval.SpanScorer} for PolNeAR's source, cue and content spans; {@link
 * org.claimtrail.eval.polnear} runs the pipeline over PolNeAR to score it and to train on it.
 */
package org.claimtrail.eval;
