package org.claimtrail.spark;

import java.util.HashMap;
import java.util.Map;

/**
 * Connected components of the pairs the executors found, on the driver: the pairs (copies,
 * same-claim edges) are few next to the documents, so they fit where the documents would not.
 * Each component is named by its smallest key, so names do not depend on the order of pairs.
 */
final class UnionFind {
  private final Map<String, String> parent = new HashMap<>();

  String find(String x) {
    String p = parent.getOrDefault(x, x);
    if (p.equals(x)) {
      return x;
    }
    String root = find(p);
    parent.put(x, root);
    return root;
  }

  void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (!ra.equals(rb)) {
      // The smaller key becomes the root, so a component's name is its smallest member.
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
