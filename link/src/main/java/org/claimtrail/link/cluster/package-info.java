/** Claim clustering: the same claim in different words and articles. */
package org.claimtrail.link.cluster;
