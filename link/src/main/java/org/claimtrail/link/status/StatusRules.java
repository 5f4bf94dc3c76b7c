package org.claimtrail.link.status;

import java.util.List;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClaimToLink;

/**
 * A cluster's origins and its status over time, from its members: the one place a status is
 * decided. {@link StanceStatus} is today's rule.
 */
public interface StatusRules {
  /** The cluster named {@code id} of these claims: members in time order, origins, outlets, status history. */
  ClaimCluster build(String id, List<ClaimToLink> members);
}
