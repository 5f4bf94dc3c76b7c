package org.claimtrail.store;

/** What saving an article did. */
public enum SaveOutcome {
  /** A key (URL or content hash) not seen before. */
  NEW,
  /** A known URL with different text: stored as the next revision; both are kept. */
  REVISION,
  /** The same text under the same key is already stored: nothing written. */
  UNCHANGED
}
