/**
 * FNC-1, the stance of an article body toward a headline claim: {@link
 * org.claimtrail.eval.fnc1.Fnc1Csv} reads the challenge's CSV files and writes predictions in
 * their shape; {@link org.claimtrail.eval.fnc1.Fnc1Score} is the challenge's weighted score with
 * per-class F1 and the confusion matrix.
 */
package org.claimtrail.eval.fnc1;
