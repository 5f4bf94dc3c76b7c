package org.claimtrail.model;

import java.util.Locale;

/** Whether a claim's content is quoted verbatim. */
public enum QuoteType {
  DIRECT,
  INDIRECT,
  /** Reported speech with quoted fragments. */
  MIXED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
