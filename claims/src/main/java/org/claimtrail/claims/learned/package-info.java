/**
 * The claim model: what a small model learnt from annotated attributions adds to the claim rules.
 * The rules find claims and their spans well where Claimtrail's own conventions decide; which
 * finds an annotated corpus counts as attributions, and where its annotators end a content, cue or
 * source ("…, who has never faced…", "said in a statement"), are conventions that averaged ranking
 * perceptrons learn better than rules. {@link org.claimtrail.claims.learned.ClaimModel} is the
 * entry point; {@code claimtrail train polnear} makes one. The model is optional: without one the
 * rules' claims stand as found.
 */
package org.claimtrail.claims.learned;
