/**
 * Attributions made by a fixed phrase rather than a cue verb's clause: "according to X", "In a …
 * poll,", "allegedly", "Name: …", an owned noun naming a saying ("Obama's claim that …").
 */
package org.claimtrail.claims.phrase;
