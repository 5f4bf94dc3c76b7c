package org.claimtrail.claims.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in clean text. A quote opens with “ or " and closes with ” or the next ";
 * a quote still open at the end of a paragraph continues when the next paragraph opens with a
 * quote mark (the newspaper convention for quotes that run over paragraphs), so one passage can
 * have several segments, one per paragraph.
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
      char c = text.charAt(i);
      if (!(c == '“' || (c == '"' && opensHere(text, i)))) {
        i++;
        continue;
      }
      int open = i;
      List<Segment> segments = new ArrayList<>();
      int segBegin = i + 1;
      int j = segBegin;
      boolean closed = false;
      while (j < n) {
        char d = text.charAt(j);
        if (d == '”' || (d == '"' && c == '"') || (d == '"' && c == '“')) {
          segments.add(new Segment(segBegin, j));
          closed = true;
          j++;
          break;
        }
        if (d == '“' && c == '“') {
          break; // a new quote opens inside: this one was never closed
        }
        if (d == '\n' && j + 1 < n && text.charAt(j + 1) == '\n') {
          int next = j + 2;
          if (next < n && (text.charAt(next) == '“' || text.charAt(next) == '"')) {
            segments.add(new Segment(segBegin, trimEnd(text, segBegin, j)));
            segBegin = next + 1;
            j = segBegin;
            continue;
          }
          break; // paragraph ended with the quote open: not a quote we can trust
        }
        j++;
      }
      if (closed && !segments.isEmpty() && segments.get(segments.size() - 1).end() > segments.get(segments.size() - 1).begin()) {
        out.add(new Quote(List.copyOf(segments), open, j));
        i = j;
      } else {
        i = open + 1;
      }
    }
    return out;
  }

  private static boolean opensHere(String text, int i) {
    return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
  }

  private static int trimEnd(String text, int begin, int end) {
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
