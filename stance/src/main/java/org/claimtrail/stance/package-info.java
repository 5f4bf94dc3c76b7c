/**
 * The stance of an article body toward a claim: agree, disagree, discuss or unrelated. {@link
 * org.claimtrail.stance.Preparation} prepares claims and bodies (MiniLM vectors per sentence),
 * {@link org.claimtrail.stance.StanceModel} reads their {@code features} and answers with a
 * {@link org.claimtrail.stance.StanceVerdict}: the stance, its probability and the sentences it
 * rests on. {@link org.claimtrail.stance.StanceTrainer} learns a model (gradient-boosted trees,
 * XGBoost through Tribuo) from labelled pairs such as FNC-1's; the default model, learnt from
 * FNC-1's training bodies, ships in this jar.
 */
package org.claimtrail.stance;
