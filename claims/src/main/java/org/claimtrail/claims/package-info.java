/**
 * Claims: turns a clean {@link org.claimtrail.model.Article} and its {@link
 * org.claimtrail.nlp.AnnotatedText} into {@link org.claimtrail.model.ArticleClaims}: canonical
 * entities with their mentions, and attributed claims (source, cue, stance, direct or indirect,
 * content span, provenance chain, time). {@link org.claimtrail.claims.ClaimExtractor} is the entry
 * point; rules read our own annotation types only, so tests run on hand-built annotations.
 */
package org.claimtrail.claims;
