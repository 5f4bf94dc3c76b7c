/**
 * Judged precision sets: a random sample of a run's claims with the judges' verdicts ({@link
 * org.claimtrail.eval.judged.JudgedSet}), the rule that finds a judged claim in a new run ({@link
 * org.claimtrail.eval.judged.Attribution#sameAs}), and what became of each judgment ({@link
 * org.claimtrail.eval.judged.JudgedScorer}, {@link org.claimtrail.eval.judged.JudgedReport}).
 */
package org.claimtrail.eval.judged;
