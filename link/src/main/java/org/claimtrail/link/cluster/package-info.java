/**
 * Claim clustering: the same claim in different words and articles. {@link
 * org.claimtrail.link.cluster.SameClaim} decides a pair (today {@link
 * org.claimtrail.link.cluster.ContentWords}: content-word Jaccard); {@link
 * org.claimtrail.link.cluster.ClaimClusterer} finds the candidate pairs and joins them.
 */
package org.claimtrail.link.cluster;
