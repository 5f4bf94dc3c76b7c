package org.claimtrail.extract.text;

import java.util.regex.Pattern;

/** Shape tests on one block of text that several filters share. */
public final class Prose {
  private static final Pattern TERMINAL = Pattern.compile("[.!?:;…\"”’»)\\]]\\s*$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

  private Prose() {}

  public static int words(String s) {
    int n = 0;
    var m = WORD.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Ends like a sentence (or a closing quote or bracket). */
  public static boolean endsLikeSentence(String s) {
    return TERMINAL.matcher(s).find();
  }

  /** A paragraph of running text: enough words and a sentence ending. */
  public static boolean isProse(String s) {
    return words(s) >= 10 && endsLikeSentence(s);
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
    var m = WORD.matcher(s);
    while (m.find()) {
      if (Character.isUpperCase(m.group().codePointAt(0)) || Character.isDigit(m.group().codePointAt(0))) {
        capitalised++;
      }
    }
    return capitalised * 10 >= words * 6;
  }
}
