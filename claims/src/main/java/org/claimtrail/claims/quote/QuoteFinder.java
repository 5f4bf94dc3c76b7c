package org.claimtrail.claims.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in clean text. A quote opens with “ or " and closes with ” or the next ";
 * a quote still open at the end of a paragraph continues when the next paragraph opens with a
 * quote mark (the newspaper convention for quotes that run over paragraphs), so one passage can
 * have several segments, one per paragraph. A quote still open at the end of a paragraph that
 * ends a sentence, with no quote mark opening the next, ends there: its closing mark was lost.
 */
public final class QuoteFinder {
  /** One paragraph's part of a quote: {@code [begin, end)} of the text inside the marks. */
  public record Segment(int begin, int end) {}

  /** A whole quote: its segments in order; {@code closeEnd} is just past its closing mark. */
  public record Quote(List<Segment> segments, int openBegin, int closeEnd) {
    public int begin() {
      return segments.get(0).begin();
    }

    public int end() {
      return segments.get(segments.size() - 1).end();
    }
  }

  private QuoteFinder() {}

  public static List<Quote> find(String text) {
    List<Quote> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int open = openMark(text, i);
      if (open == 0) {
        i++;
        continue;
      }
      List<Segment> segments = new ArrayList<>();
      int segBegin = i + open;
      int j = segBegin;
      boolean closed = false;
      while (j < n) {
        int close = closeMark(text, j);
        if (close > 0) {
          segments.add(new Segment(segBegin, j));
          closed = true;
          j += close;
          break;
        }
        if (text.charAt(j) == '“' || text.startsWith("``", j)) {
          break; // a new quote opens inside: this one was never closed
        }
        if (text.charAt(j) == '\n' && j + 1 < n && text.charAt(j + 1) == '\n') {
          int next = j + 2;
          int reopen = next < n ? openMark(text, next) : 0;
          if (reopen > 0) {
            segments.add(new Segment(segBegin, trimEnd(text, segBegin, j)));
            segBegin = next + reopen;
            j = segBegin;
            continue;
          }
          int end = trimEnd(text, segBegin, j);
          if (end > segBegin && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
            // Its closing mark was lost (the page dropped it, or the writer): the paragraph ends a
            // sentence, so the quote ends with it.
            segments.add(new Segment(segBegin, end));
            closed = true;
            j = end;
            break;
          }
          break; // paragraph ended with the quote open: not a quote we can trust
        }
        j++;
      }
      if (closed && !segments.isEmpty() && segments.get(segments.size() - 1).end() > segments.get(segments.size() - 1).begin()) {
        out.add(new Quote(List.copyOf(segments), i, j));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The length of an opening mark at {@code i}: “, a straight " after a space, or `` and ''. */
  private static int openMark(String text, int i) {
    char c = text.charAt(i);
    if (c == '“') {
      return 1;
    }
    if (c == '"' && opensHere(text, i)) {
      return 1;
    }
    if ((text.startsWith("``", i) || text.startsWith("''", i)) && opensHere(text, i)) {
      return 2; // the typewriter convention some archives use for quotes
    }
    return 0;
  }

  /** The length of a closing mark at {@code j}: ”, ", or ''. */
  private static int closeMark(String text, int j) {
    char d = text.charAt(j);
    if (d == '”' || d == '"') {
      return 1;
    }
    return text.startsWith("''", j) ? 2 : 0;
  }

  private static boolean opensHere(String text, int i) {
    return i == 0 || isSpace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
  }

  /** A space, a line break, or a no-break space (scraped pages are full of them, and Java does not count them as whitespace). */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int trimEnd(String text, int begin, int end) {
    while (end > begin && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
