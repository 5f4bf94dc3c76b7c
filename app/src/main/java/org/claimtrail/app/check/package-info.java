/**
 * Checking a claim against the store: which stored articles carry it, and whether each agrees,
 * refutes or only reports it. {@link org.claimtrail.app.check.ClaimCheck} finds candidates (BM25
 * over the search index and nearest sentence vectors in the {@code VectorIndex}, filled for new
 * articles by {@link org.claimtrail.app.check.ArticleVectors}) and asks the stance model of each;
 * the stance itself is decided in {@code org.claimtrail.stance}.
 */
package org.claimtrail.app.check;
