package org.claimtrail.stance.text;

/** The kinds of cue word the stance features count, each a list in a data file of its own. */
public enum Cue {
  /** Refutes or debunks ("hoax", "denied", "not true"). */
  REFUTING("refuting.txt"),
  /** Reports without vouching ("reportedly", "unconfirmed", "may"). */
  HEDGING("hedging.txt"),
  /** Attributes to someone ("said", "according to", "officials"). */
  ATTRIBUTION("attribution.txt"),
  /** Vouches ("confirmed", "in fact", "video shows"). */
  CONFIRMING("confirming.txt"),
  /** Negates ("not", "never", "didn't"). */
  NEGATION("negation.txt");

  final String file;

  Cue(String file) {
    this.file = file;
  }
}
