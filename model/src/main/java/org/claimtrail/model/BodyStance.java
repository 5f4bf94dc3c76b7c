package org.claimtrail.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How an article's body treats a claim it is checked against (FNC-1's four labels): it asserts
 * the claim is true, refutes it, reports it without taking a side, or is about something else.
 * Not to be confused with {@link Stance}, how sure a speaker is of what they say.
 */
public enum BodyStance {
  AGREE, DISAGREE, DISCUSS, UNRELATED;

  /** The label as FNC-1 writes it: {@code agree}, {@code disagree}, {@code discuss}, {@code unrelated}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the body is about the claim at all. */
  public boolean related() {
    return this != UNRELATED;
  }

  /** The stance with this label (case and surrounding space ignored), if it is one. */
  public static Optional<BodyStance> of(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    for (BodyStance s : values()) {
      if (s.label().equals(l)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
