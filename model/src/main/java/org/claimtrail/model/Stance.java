package org.claimtrail.model;

import java.util.Locale;

/** How sure the wording makes a claim. */
public enum Stance {
  /** The source confirms ("confirmed", "yes, there is evidence"). */
  CONFIRMED,
  /** Stated as fact without hedging ("said", "told"). */
  ASSERTED,
  /** Presented as the source's claim ("claimed", "insisted"). */
  CLAIMED,
  /** Presented as an allegation ("alleged", "allegedly"). */
  ALLEGED,
  /** Hedged by the content itself (could, may, likely, if). */
  HEDGED,
  /** The source denies or rejects it. */
  DENIED,
  /** Shown or reported without a speaker's commitment ("videos depicted", "reports said"). */
  REPORTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Stance parse(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }
}
