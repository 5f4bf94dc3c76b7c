package org.claimtrail.link;

import java.util.List;
import java.util.Map;
import org.claimtrail.model.ClaimCluster;

/**
 * What a linking run found.
 *
 * @param groups each article's near-duplicate group, named by one of its articles (an article with
 *     no copy is its own group)
 * @param clusters every claim's cluster (most claims are alone in theirs), largest first
 * @param syndicatedGroups how many groups hold two or more articles
 * @param pairsCompared how many candidate claim pairs the same-claim rule decided
 */
public record LinkResult(Map<String, String> groups, List<ClaimCluster> clusters, long syndicatedGroups, long pairsCompared) {
  public LinkResult {
    groups = Map.copyOf(groups);
    clusters = List.copyOf(clusters);
  }
}
