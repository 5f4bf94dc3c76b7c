/** Near-duplicate articles: MinHash signatures of word 5-shingles and LSH banding. */
package org.claimtrail.link.dedup;
