package org.claimtrail.embed;

/** A stretch of a text, by character offsets {@code [start, end)}. */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Not a span: [" + start + ", " + end + ")");
    }
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
