package org.claimtrail.link.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups claims that say the same thing, as a {@link SameClaim} rule decides: candidates come from
 * an inverted index of the claims' keys, and a key that too many claims share proposes none, so the
 * work grows with the number of similar claims, not with all pairs. Joined pairs make connected
 * components (union-find).
 */
public final class ClaimClusterer {
  private final SameClaim rule;

  public ClaimClusterer(SameClaim rule) {
    this.rule = rule;
  }

  /**
   * Keys in more than this many of {@code n} claims propose no candidates (they would propose
   * nearly every pair); the Spark linker uses the same limit, so both compare the same pairs.
   */
  public static int commonLimit(long n) {
    return (int) Math.max(50, n / 20);
  }

  /** A cluster index per claim, in input order, and how many pairs the rule was asked about. */
  public record Clusters(int[] index, long pairsCompared) {}

  /** Clusters of claims described by this clusterer's rule ({@link SameClaim#features}). */
  public Clusters cluster(List<? extends SameClaim.Features> features) {
    int n = features.size();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String k : features.get(i).keys()) {
        postings.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    int common = commonLimit(n);
    long compared = 0;
    for (int i = 0; i < n; i++) {
      if (!features.get(i).comparable()) {
        continue; // "to do", "the claims outright": too little said to be the same claim as anything
      }
      Set<Integer> candidates = new HashSet<>();
      for (String k : features.get(i).keys()) {
        List<Integer> p = postings.get(k);
        if (p.size() <= common) {
          for (int j : p) {
            if (j > i) {
              candidates.add(j);
            }
          }
        }
      }
      for (int j : candidates) {
        compared++;
        if (rule.same(features.get(i), features.get(j))) {
          union(parent, i, j);
        }
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = find(parent, i);
    }
    return new Clusters(out, compared);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int i, int j) {
    parent[find(parent, i)] = find(parent, j);
  }
}
