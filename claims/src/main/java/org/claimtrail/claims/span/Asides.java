package org.claimtrail.claims.span;

import java.util.Set;
import org.claimtrail.claims.source.SourcePhrases;
import org.claimtrail.claims.source.Span;
import org.claimtrail.nlp.Sentence;
import org.claimtrail.nlp.Token;

/**
 * Where a content starts when the attribution interrupts it or the sentence opens with something
 * that is nobody's words: an aside ("At one point, she said, …"), a relative clause ("a probe the
 * agency said was ongoing"), a dateline ("WASHINGTON (Reuters) -"), a leading conjunction.
 */
public final class Asides {
  private Asides() {}

  /**
   * Whether source and cue stand between commas inside the sentence, as an aside: "…, she said,
   * …". PolNeAR's annotators take both sides as the content (on train, 277 contents of "said"
   * run round their own cue).
   */
  public static boolean parenthetical(Sentence s, Span subject, int c) {
    if (subject.isEmpty() || subject.first() < 2 || subject.last() >= c || !s.token(subject.first() - 1).text().equals(",")) {
      return false;
    }
    int after = CueSpans.bounds(s, c)[1] + 1;
    return after + 1 < s.size() && s.token(after).text().equals(",");
  }

  /**
   * The source of an aside right before its cue, when the parser took an earlier noun for the
   * subject: in "The trouble, Frank writes, is that …" it reads Frank as an appositive of
   * "trouble", in "The winning arguments, Greenberg says, …" as a second subject. Empty when the
   * cue does not stand between commas after a noun phrase of its own.
   */
  public static Span sourceBetweenCommas(Sentence s, int c) {
    Span none = Span.NONE;
    int after = CueSpans.bounds(s, c)[1] + 1;
    if (after + 1 >= s.size() || !s.token(after).text().equals(",")) {
      return none;
    }
    Span np = SourcePhrases.nounPhraseBefore(s, c);
    boolean afterComma = !np.isEmpty() && np.first() >= 2 && s.token(np.first() - 1).text().equals(",");
    return afterComma && SourcePhrases.hasNounOrPronoun(s, np) ? np : none;
  }

  /**
   * Where the content of a saying inside a relative clause starts, when what was said lacks its
   * subject (the caller checks that it opens with a verb): at the relative pronoun ("which critics
   * said was …", "what she said is …") or, with none, at the noun phrase right before the source
   * ("a probe the agency said was ongoing"); -1 otherwise.
   */
  public static int relativeStart(Sentence s, Span subject, int c) {
    if (subject.isEmpty() || subject.last() >= c) {
      return -1;
    }
    int before = subject.first() - 1;
    if (before >= 0 && (s.token(before).pos().equals("WDT") || s.token(before).pos().equals("WP")) && s.head(before) != c) {
      return before; // the pronoun belongs to what was said ("which … was discriminatory"), not to the saying
    }
    if (before >= 0 && s.token(before).pos().startsWith("NN")) {
      // A reduced relative clause: "a probe [the agency said] was ongoing". The parser reads it
      // in several ways; the words do not change: a noun, then the source, then a verb.
      int first = before;
      while (first > 0 && NOUN_PHRASE.contains(s.token(first - 1).pos())) {
        first--;
      }
      return first;
    }
    return -1;
  }

  /**
   * The tokens of a dateline opening the sentence ("WASHINGTON (Reuters) - ", "MEXICO CITY — "):
   * the place the story was filed from, not part of anything said. 0 when there is none.
   */
  private static int dateline(Sentence s) {
    int k = 0;
    while (k < s.size() && k < 6 && isCapitals(s.token(k).text())) {
      k++;
    }
    if (k == 0) {
      return 0;
    }
    if ((k + 2 < s.size() && s.token(k).text().equals("(")) || (k < s.size() && s.token(k).pos().equals("-LRB-"))) {
      while (k < s.size() && k < 10 && !(s.token(k).text().equals(")") || s.token(k).pos().equals("-RRB-"))) {
        k++;
      }
      k++;
    }
    return k < s.size() && DASHES.contains(s.token(k).text()) ? k + 1 : 0;
  }

  private static final Set<String> DASHES = Set.of("-", "--", "—", "–");

  /** A word in capitals ("WASHINGTON", "D.C."), or the comma between two ("WASHINGTON, D.C."). */
  private static boolean isCapitals(String w) {
    return w.length() > 1 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.') || w.equals(",");
  }

  private static final Set<String> NOUN_PHRASE = Set.of("DT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS");

  /** "In a statement, a spokesman said, “We …”": what follows is a quotation, and it alone is what was said. */
  public static boolean opensQuote(Token t) {
    return t.pos().equals("``") || "“\"‘'".indexOf(t.text().charAt(0)) >= 0;
  }

  /** The first token of a sentence that can start a content: after a dateline, leading conjunctions, quote marks and commas. */
  public static int leadingSkip(Sentence s) {
    int k = dateline(s);
    while (k < s.size() && (s.token(k).pos().equals("CC") || s.token(k).pos().equals("``") || s.token(k).text().equals(","))) {
      k++;
    }
    return k;
  }
}
