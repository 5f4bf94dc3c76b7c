/**
 * Linking across articles, through one {@link org.claimtrail.link.Linker}: {@link
 * org.claimtrail.link.dedup} finds syndicated copies (MinHash over word shingles, LSH banding),
 * {@link org.claimtrail.link.cluster} groups the same claim made in different articles, {@link
 * org.claimtrail.link.status} counts a cluster's independent origins and derives its status over
 * time. Input: {@link org.claimtrail.model.ArticleToLink} and {@link
 * org.claimtrail.model.ClaimToLink}, as a store or a Spark job supplies them. Pure functions of
 * their input.
 */
package org.claimtrail.link;
