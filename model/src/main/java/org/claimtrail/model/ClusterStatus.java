package org.claimtrail.model;

import java.util.Locale;

/** Where a claim stands across sources and time. */
public enum ClusterStatus {
  /** Made by one origin only. */
  CLAIMED,
  /** Made by two or more independent origins. */
  CORROBORATED,
  /** Confirmed by a party with direct knowledge. */
  CONFIRMED,
  /** Denied or disputed by a party. */
  DISPUTED,
  /** Withdrawn by its own origin. */
  RETRACTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
