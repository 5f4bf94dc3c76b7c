/**
 * Who said it: finding the phrase that names a claim's source in the parse ({@link
 * org.claimtrail.claims.source.SourcePhrases}: the subject, an agent, an appositive, a noun phrase
 * before or after the cue) and resolving it to a {@link org.claimtrail.model.ClaimSource} ({@link
 * org.claimtrail.claims.source.Resolver}): an entity and its role, a pronoun's person by gender and
 * recency ({@link org.claimtrail.claims.source.Pronouns}), a transcript's speaker or the writer
 * ({@link org.claimtrail.claims.source.Transcripts}), an unnamed source as written ({@link
 * org.claimtrail.claims.source.UnnamedSources}).
 */
package org.claimtrail.claims.source;
