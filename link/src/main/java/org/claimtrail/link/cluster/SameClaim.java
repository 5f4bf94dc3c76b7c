package org.claimtrail.link.cluster;

import java.io.Serializable;
import java.util.Set;
import org.claimtrail.model.ClaimToLink;

/**
 * Decides whether two claims say the same thing: the one place "same claim" is decided. Each claim
 * is described once ({@link #features}); {@link ClaimClusterer} then compares only claims that
 * share a candidate key, so the work grows with the number of similar claims rather than with all
 * pairs. {@link ContentWords} is today's rule; the Spark linker runs the same rule on its executors.
 */
public interface SameClaim {
  /** What the decision reads of one claim; it travels between Spark executors. */
  interface Features extends Serializable {
    /** Candidate keys: two claims are compared only when they share a key few claims have. */
    Set<String> keys();

    /** Whether the claim says enough to be compared at all. */
    boolean comparable();
  }

  /** The features of one claim. */
  Features features(ClaimToLink claim);

  /** Whether two comparable claims (by their features from this rule) say the same thing. */
  boolean same(Features a, Features b);
}
