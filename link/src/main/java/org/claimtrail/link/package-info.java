/**
 * Linking across articles: {@link org.claimtrail.link.dedup} finds syndicated copies (MinHash
 * over word shingles, LSH banding), {@link org.claimtrail.link.cluster} groups the same claim made
 * in different articles, {@link org.claimtrail.link.status} counts a cluster's independent origins
 * and derives its status over time. Pure functions of their input.
 */
package org.claimtrail.link;
