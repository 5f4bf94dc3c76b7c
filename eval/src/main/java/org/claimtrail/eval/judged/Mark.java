package org.claimtrail.eval.judged;

/**
 * One judged field's value: yes, no, not applicable, borderline (a first judge's N that the second
 * judge overturned: on neither side), or unknown (the new run changed what was judged).
 */
public enum Mark {
  Y, N, NA, B, U;

  static Mark of(String s) {
    return switch (s) {
      case "Y" -> Y;
      case "N" -> N;
      case "NA" -> NA;
      default -> throw new IllegalArgumentException("a verdict is Y, N or NA, not '" + s + "'");
    };
  }
}
