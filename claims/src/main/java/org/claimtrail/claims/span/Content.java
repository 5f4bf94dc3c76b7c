package org.claimtrail.claims.span;

/**
 * Where a reported content lies: tokens {@code first..last} of its sentence, and, when a "told X"
 * or "in an interview with X" names who it was said to, that phrase's tokens ({@code -1} when none).
 */
public record Content(int first, int last, int viaFirst, int viaLast) {
  public static final Content NONE = new Content(0, -1, -1, -1);

  /** A content with no one it was said to. */
  public static Content of(int first, int last) {
    return new Content(first, last, -1, -1);
  }

  public boolean isEmpty() {
    return last < first;
  }

  /** The same content starting at {@code first}. */
  public Content from(int first) {
    return new Content(first, last, viaFirst, viaLast);
  }

  /** The same content running {@code first..last}. */
  public Content over(int first, int last) {
    return new Content(first, last, viaFirst, viaLast);
  }
}
