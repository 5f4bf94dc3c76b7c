package org.claimtrail.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word-level precision, recall and F1 of an extracted text against a reference, as bags of words
 * (order-free, so extractors that disagree on paragraph order or captions are scored tolerantly).
 * Scripts written without spaces (Chinese, Japanese, Thai) count each character as a word.
 */
public final class TokenOverlap {
  private TokenOverlap() {}

  /** Precision, recall and F1 of one text against its reference. */
  public record Score(double precision, double recall, double f1) {}

  public static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    StringBuilder word = new StringBuilder();
    String s = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      boolean unspaced =
          script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
              || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
      if (unspaced) {
        flush(bag, word);
        bag.merge(new String(Character.toChars(cp)), 1, Integer::sum);
      } else if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
      } else {
        flush(bag, word);
      }
    }
    flush(bag, word);
    return bag;
  }

  private static void flush(Map<String, Integer> bag, StringBuilder word) {
    if (word.length() > 0) {
      bag.merge(word.toString(), 1, Integer::sum);
      word.setLength(0);
    }
  }

  public static Score score(String extracted, String reference) {
    Map<String, Integer> got = bag(extracted);
    Map<String, Integer> want = bag(reference);
    long common = 0;
    long gotN = 0;
    long wantN = 0;
    for (int n : got.values()) {
      gotN += n;
    }
    for (Map.Entry<String, Integer> e : want.entrySet()) {
      wantN += e.getValue();
      common += Math.min(e.getValue(), got.getOrDefault(e.getKey(), 0));
    }
    double p = gotN == 0 ? (wantN == 0 ? 1 : 0) : (double) common / gotN;
    double r = wantN == 0 ? 1 : (double) common / wantN;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(p, r, f);
  }
}
