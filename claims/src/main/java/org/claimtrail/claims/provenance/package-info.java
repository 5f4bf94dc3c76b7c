/** Provenance chains: intermediaries between the publisher and a claim's source ("citing", "according to"). */
package org.claimtrail.claims.provenance;
