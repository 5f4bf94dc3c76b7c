package org.claimtrail.extract.text;

import java.util.regex.Pattern;

/** Shape tests on one block of text that several filters share. */
public final class Prose {
  private static final Pattern TERMINAL = Pattern.compile("[.!?:;…\"”’»)\\]]\\s*$");

  /** The fewest words of a paragraph of running text. */
  static final int PROSE_WORDS = 10;

  private Prose() {}

  /**
   * The number of words: runs of letters and digits, joined by an apostrophe or a hyphen between
   * two of them ("don't", "well-known" are one word). A scan, not a regular expression: every
   * filter asks it of every block.
   */
  public static int words(String s) {
    int n = 0;
    int i = 0;
    int len = s.length();
    while (i < len) {
      while (i < len && !isWordChar(s, i)) {
        i++;
      }
      if (i >= len) {
        break;
      }
      n++;
      i = wordEnd(s, i);
    }
    return n;
  }

  /** Where the word starting at {@code i} ends. */
  private static int wordEnd(String s, int i) {
    int len = s.length();
    while (i < len) {
      if (isWordChar(s, i)) {
        i += Character.charCount(s.codePointAt(i));
      } else if (isJoiner(s.charAt(i)) && i + 1 < len && isWordChar(s, i + 1)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isWordChar(String s, int i) {
    return Character.isLetterOrDigit(s.codePointAt(i));
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '-';
  }

  /** Ends like a sentence (or a closing quote or bracket). */
  public static boolean endsLikeSentence(String s) {
    return TERMINAL.matcher(s).find();
  }

  /** A paragraph of running text: enough words and a sentence ending. */
  public static boolean isProse(String s) {
    return words(s) >= PROSE_WORDS && endsLikeSentence(s);
  }

  /**
   * A headline or teaser title: a few words, no sentence ending, most words capitalised (as
   * English headlines are) or very short.
   */
  public static boolean isHeadlineLike(String s) {
    int words = words(s);
    if (words < 3 || words > 25 || endsLikeSentence(s)) {
      return false;
    }
    int capitalised = 0;
    for (int i = 0; i < s.length(); ) {
      if (!isWordChar(s, i)) {
        i++;
        continue;
      }
      int first = s.codePointAt(i);
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        capitalised++;
      }
      i = wordEnd(s, i);
    }
    return capitalised * 10 >= words * 6;
  }
}
