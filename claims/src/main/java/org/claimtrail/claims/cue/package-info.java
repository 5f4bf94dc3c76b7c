/** Attribution cues ("said", "claimed", "according to", "allegedly"), kept as data in cues.tsv. */
package org.claimtrail.claims.cue;
