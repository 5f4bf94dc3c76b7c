package org.claimtrail.extract.metadata;

import java.util.Locale;

/** The two normal forms metadata is compared in. */
final class Text {
  private Text() {}

  /** White space (non-breaking too) folded to single spaces, stripped. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Lower case letters and digits, single spaces between words: for equality up to punctuation. */
  static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(Character.toLowerCase(c));
      } else if (c != '\'' && c != '\u2019') {
        space = true;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
