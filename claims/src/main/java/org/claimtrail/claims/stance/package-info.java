/**
 * Stance, decided here for every pass: how sure a claim's wording is, from its cue, whether the
 * cue is negated, its content, its source and the kind of attribution ({@link
 * org.claimtrail.claims.stance.StanceRules}); claims inside questions are hedged ({@link
 * org.claimtrail.claims.stance.QuestionHedging}).
 */
package org.claimtrail.claims.stance;
