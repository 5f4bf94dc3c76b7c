package org.claimtrail.nlp.corenlp;

/**
 * Makes the curly apostrophe of a plural possessive ("Sanders’ campaign", "voters’ choice")
 * straight before CoreNLP sees the text. CoreNLP tags a straight one {@code POS} but a curly one
 * {@code ''}, a closing quotation mark; the parse then loses the possessive, and a quotation
 * mark inside "…,” Jeff Weaver, Sanders’ campaign manager, said" hides the speaker of the quote.
 * Scraped news writes curly apostrophes: in PolNeAR's train split, 131 of 840 articles have one
 * after a plural, almost all possessives.
 *
 * <p>One character replaces one, so every offset CoreNLP reports is still an offset into the
 * original text. A ’ that closes a single quotation opened with ‘ in the same paragraph ("called
 * them ‘Boasters’ and …") is left as it is.
 */
final class PossessiveApostrophes {
  private PossessiveApostrophes() {}

  /** {@code text} with each plural possessive ’ made '; the same string when there is none. */
  static String straighten(String text) {
    if (text.indexOf('’') < 0) {
      return text;
    }
    char[] out = null;
    boolean singleOpen = false; // a ‘ opened in this paragraph and not yet closed
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        singleOpen = false;
      } else if (c == '‘') {
        singleOpen = true;
      } else if (c == '’') {
        if (isPluralPossessive(text, i) && !singleOpen) {
          if (out == null) {
            out = text.toCharArray();
          }
          out[i] = '\'';
        } else if (!isLetterAt(text, i + 1)) {
          singleOpen = false; // closes a quotation (an apostrophe inside a word, "don’t", does not)
        }
      }
    }
    return out == null ? text : new String(out);
  }

  /** "s’" ending a word, followed by a space and a word: "Sanders’ aides", "the Joneses’ house". */
  private static boolean isPluralPossessive(String text, int i) {
    return i > 1
        && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S')
        && Character.isLetter(text.charAt(i - 2))
        && i + 2 < text.length()
        && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\u00a0')
        && Character.isLetterOrDigit(text.charAt(i + 2));
  }

  private static boolean isLetterAt(String text, int i) {
    return i < text.length() && Character.isLetter(text.charAt(i));
  }
}
