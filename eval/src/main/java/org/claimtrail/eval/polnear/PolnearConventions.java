package org.claimtrail.eval.polnear;

import org.claimtrail.eval.SpanScorer.Span;

/**
 * PolNeAR's span conventions where they differ from ours, applied to our spans before scoring:
 * its content starts at a complementiser "that" and keeps the quote marks; its cue includes
 * auxiliaries ("has said") and a colon or preposition before the content; its source keeps the
 * comma after an appositive.
 */
public final class PolnearConventions {
  private PolnearConventions() {}

  /**
   * PolNeAR's content span for ours: it includes a leading "that" or sentence-initial "But",
   * the quote marks around a quotation, and punctuation inside a closing quote mark.
   */
  public static Span content(String text, int begin, int end) {
    if (begin > 1 && (text.startsWith("''", begin - 2) || text.startsWith("``", begin - 2))) {
      begin -= 2; // the typewriter quote marks of some archives
    } else if (begin > 0 && "“\"".indexOf(text.charAt(begin - 1)) >= 0) {
      begin--;
    }
    end = contentEnd(text, end);
    for (String lead : new String[] {"that ", "But ", "And "}) {
      if (begin >= lead.length() && text.startsWith(lead, begin - lead.length())) {
        return new Span(begin - lead.length(), end);
      }
    }
    return new Span(begin, end);
  }

  /** A content end moved past punctuation and a closing quote mark that follow it. */
  public static int contentEnd(String text, int end) {
    int e = end;
    while (e < text.length() && ",.!?;".indexOf(text.charAt(e)) >= 0) {
      e++;
    }
    if (text.startsWith("''", e)) {
      return e + 2;
    }
    if (e < text.length() && "”\"".indexOf(text.charAt(e)) >= 0) {
      return e + 1;
    }
    return end;
  }

  /**
   * PolNeAR's source span for ours: a source with an appositive keeps the comma that closes it
   * ("Jim Clyburn, a congressman, said": 849 of 925 such sources before their cue on the train
   * split, 70 of 97 after it).
   */
  public static Span source(String text, int begin, int end) {
    // A loop, not a substring: training calls this for every candidate end of every source.
    boolean appositive = false;
    for (int i = begin; i + 2 <= end && !appositive; i++) {
      appositive = text.charAt(i) == ',' && text.charAt(i + 1) == ' ';
    }
    return appositive && end < text.length() && text.charAt(end) == ',' ? new Span(begin, end + 1) : new Span(begin, end);
  }

  /** The cue with a colon or a preposition between the verb and its content ("saying: “…”", "called for"). */
  public static Span cue(String text, int cueBegin, int cueEnd, Span content) {
    Span cue = withAuxiliaries(text, cueBegin, cueEnd);
    if (content.begin() < cue.end()) {
      return cue;
    }
    String gap = text.substring(cue.end(), content.begin());
    String word = gap.strip();
    boolean joins = word.equals(":") || word.equals("for") || word.equals("on") || word.equals(", saying:");
    return joins ? new Span(cue.begin(), cue.end() + gap.stripTrailing().length()) : cue;
  }

  private static Span withAuxiliaries(String text, int begin, int end) {
    for (String aux : new String[] {"has ", "have ", "had ", "has also ", "also ", "will ", "would "}) {
      if (begin >= aux.length() && text.startsWith(aux, begin - aux.length())) {
        return new Span(begin - aux.length(), end);
      }
    }
    return new Span(begin, end);
  }
}
