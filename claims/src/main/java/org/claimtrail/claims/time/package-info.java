/** When a claim was made: date expressions bound to the cue, resolved against the publication date. */
package org.claimtrail.claims.time;
