/** Stance: how sure a claim's wording is, from its cue and, for neutral cues, its content. */
package org.claimtrail.claims.stance;
