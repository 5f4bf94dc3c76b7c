package org.claimtrail.claims.span;

import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/** What the claim rules ask of single tokens and token ranges, whatever the pass. */
public final class Tokens {
  private Tokens() {}

  /** A finite verb or a modal: "has", "said", "could". */
  public static boolean isFinite(Token t) {
    return t.pos().equals("VBZ") || t.pos().equals("VBD") || t.pos().equals("VBP") || t.pos().equals("MD");
  }

  /** A quote mark, opening or closing, curly or straight. */
  public static boolean isQuoteMark(Token t) {
    return t.pos().equals("``") || t.pos().equals("''") || t.text().equals("“") || t.text().equals("”") || t.text().equals("\"");
  }

  /** Any verb or a modal: what a clause missing its subject opens with ("… said was ongoing"). */
  public static boolean isVerbOrModal(Token t) {
    return t.isVerb() || t.pos().equals("MD");
  }

  /** Whether tokens {@code first..last} hold a verb or a modal. */
  public static boolean hasVerb(Sentence s, int first, int last) {
    for (int k = Math.max(0, first); k <= last && k < s.size(); k++) {
      if (isVerbOrModal(s.token(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun is an amount: a number, or a noun counted by one ("114 mln dlrs", "3 pct"). */
  public static boolean amount(Sentence s, int k) {
    Token t = s.token(k);
    if (t.pos().equals("CD") || t.ner().equals("PERCENT") || t.ner().equals("MONEY") || t.ner().equals("NUMBER")) {
      return true;
    }
    return s.child(k, "nummod") >= 0;
  }

  /** The first token that begins at or after character {@code offset}; {@code s.size()} when none does. */
  public static int tokenAt(Sentence s, int offset) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).begin() >= offset) {
        return i;
      }
    }
    return s.size();
  }

  /** The first token from {@code k} that is not a comma. */
  public static int skipCommas(Sentence s, int k) {
    while (k < s.size() && s.token(k).text().equals(",")) {
      k++;
    }
    return k;
  }

  /** Drops trailing punctuation, conjunctions and closing quote marks. */
  public static int trimEnd(Sentence s, int first, int last) {
    while (last >= first) {
      Token t = s.token(last);
      String p = t.pos();
      if (p.equals(".") || p.equals(",") || p.equals(":") || p.equals("CC") || p.equals("''") || p.equals("``") || t.text().matches("[\"“”'’]")
          || isUnopened(s, first, last)) {
        last--;
      } else {
        break;
      }
    }
    return last;
  }

  /** A closing bracket at {@code last} whose opening bracket lies before {@code first}: "… the case.)" */
  private static boolean isUnopened(Sentence s, int first, int last) {
    Token t = s.token(last);
    if (!(t.text().equals(")") || t.pos().equals("-RRB-"))) {
      return false;
    }
    for (int k = first; k < last; k++) {
      if (s.token(k).text().equals("(") || s.token(k).pos().equals("-LRB-")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text without leading and trailing spaces, no-break spaces included: scraped pages are full
   * of them, and {@link String#strip()} leaves them.
   */
  public static String strip(String text) {
    return text.replace('\u00a0', ' ').strip();
  }
}
