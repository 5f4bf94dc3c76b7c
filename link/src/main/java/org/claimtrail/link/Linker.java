package org.claimtrail.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.claimtrail.link.cluster.ClaimClusterer;
import org.claimtrail.link.cluster.ContentWords;
import org.claimtrail.link.cluster.SameClaim;
import org.claimtrail.link.dedup.MinHash;
import org.claimtrail.link.dedup.NearDuplicates;
import org.claimtrail.link.status.Origins;
import org.claimtrail.link.status.StanceStatus;
import org.claimtrail.link.status.StatusRules;
import org.claimtrail.model.ClaimCluster;
import org.claimtrail.model.ClaimToLink;

/**
 * Links claims across articles: near-duplicate articles (MinHash, {@link NearDuplicates}), claims
 * that say the same thing ({@link SameClaim}), and each cluster's origins and status
 * ({@link StatusRules}). Every runner links through this class: {@link #link} does a whole run on
 * one machine (the store's), and the Spark linker distributes candidate finding but asks the same
 * methods for signatures, features, each decision and each cluster's status. Immutable and
 * thread-safe.
 */
public final class Linker {
  private final MinHash minHash = new MinHash();
  private final NearDuplicates copies;
  private final SameClaim sameClaim;
  private final StatusRules status;

  public Linker(NearDuplicates copies, SameClaim sameClaim, StatusRules status) {
    this.copies = copies;
    this.sameClaim = sameClaim;
    this.status = status;
  }

  /**
   * Today's rules: copies at MinHash Jaccard ≥ 0.4, the same claim by content words at {@code
   * threshold} after {@code names} put names in canonical form, status from stances and origins by
   * source name.
   */
  public static Linker standard(UnaryOperator<String> names, double threshold) {
    return new Linker(new NearDuplicates(), new ContentWords(threshold, names), new StanceStatus(Origins.SOURCE_NAME));
  }

  /** {@link #standard(UnaryOperator, double)} at {@link ContentWords#DEFAULT_THRESHOLD}. */
  public static Linker standard(UnaryOperator<String> names) {
    return standard(names, ContentWords.DEFAULT_THRESHOLD);
  }

  /** Collects a run's input; article texts are reduced to signatures as they arrive. */
  public LinkInput.Builder input() {
    return new LinkInput.Builder(minHash);
  }

  /** A whole linking run on one machine. */
  public LinkResult link(LinkInput in) {
    List<LinkInput.Article> articles = in.articles();
    int[] group = copies.groups(articles.stream().map(LinkInput.Article::signature).toList());
    Map<String, String> groups = new HashMap<>();
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      groups.put(articles.get(i).id(), articles.get(group[i]).id());
      sizes.merge(group[i], 1, Integer::sum);
    }
    List<ClaimToLink> claims = in.claims();
    ClaimClusterer.Clusters found = new ClaimClusterer(sameClaim).cluster(claims.stream().map(sameClaim::features).toList());
    Map<Integer, List<ClaimToLink>> members = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      members.computeIfAbsent(found.index()[i], k -> new ArrayList<>()).add(claims.get(i));
    }
    List<ClaimCluster> clusters = new ArrayList<>();
    members.forEach((k, m) -> clusters.add(cluster("k" + k, m)));
    clusters.sort(LARGEST_FIRST);
    return new LinkResult(groups, clusters, sizes.values().stream().filter(n -> n > 1).count(), found.pairsCompared());
  }

  /** Clusters by size, largest first, then by id: the order runs list and store them in. */
  public static final Comparator<ClaimCluster> LARGEST_FIRST = Comparator.comparingInt((ClaimCluster c) -> -c.members().size()).thenComparing(ClaimCluster::id);

  // ---- the pieces a distributed run calls -------------------------------------------------

  /** The MinHash signature of an article's text. */
  public long[] signature(String body) {
    return minHash.signature(body);
  }

  /** The LSH buckets of a signature: articles sharing one are candidate copies. */
  public long[] bandKeys(long[] signature) {
    return copies.bandKeys(signature);
  }

  /** Whether two candidate articles are copies of one story. */
  public boolean copies(long[] a, long[] b) {
    return copies.joins(a, b);
  }

  /** What the same-claim rule reads of a claim. */
  public SameClaim.Features features(ClaimToLink claim) {
    return sameClaim.features(claim);
  }

  /** Whether two claims say the same thing. */
  public boolean same(SameClaim.Features a, SameClaim.Features b) {
    return sameClaim.same(a, b);
  }

  /** Candidate keys shared by more than this many of {@code n} claims propose no pairs. */
  public static int commonKeyLimit(long n) {
    return ClaimClusterer.commonLimit(n);
  }

  /** One cluster with its origins and status history. */
  public ClaimCluster cluster(String id, List<ClaimToLink> members) {
    return status.build(id, members);
  }
}
