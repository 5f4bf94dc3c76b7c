/**
 * PolNeAR (political news attribution relations): reading a split ({@link
 * org.claimtrail.eval.polnear.PolnearCorpus}, with the pipeline's annotation cache), scoring our
 * claims' spans against its annotations ({@link org.claimtrail.eval.polnear.PolnearScorer}, after
 * {@link org.claimtrail.eval.polnear.PolnearConventions}), and its annotations as training
 * examples for the claim model ({@link org.claimtrail.eval.polnear.PolnearTraining}).
 */
package org.claimtrail.eval.polnear;
