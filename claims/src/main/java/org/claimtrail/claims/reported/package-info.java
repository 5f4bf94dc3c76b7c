/**
 * Reported speech around a cue verb ({@link org.claimtrail.claims.reported.ReportedSpeech}) and in
 * an "as" clause ({@link org.claimtrail.claims.reported.AsClauses}): which verbs are cues where they
 * stand, passive and seeming readings, where the content lies once the speaker is known.
 */
package org.claimtrail.claims.reported;
