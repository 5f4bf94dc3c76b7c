package org.claimtrail.claims.source;

/** A token range {@code [first, last]} of a sentence: a source phrase, or none when {@code last < first}. */
public record Span(int first, int last) {
  public static final Span NONE = new Span(0, -1);

  public boolean isEmpty() {
    return last < first;
  }
}
