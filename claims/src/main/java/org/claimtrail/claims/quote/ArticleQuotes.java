package org.claimtrail.claims.quote;

import java.util.List;
import java.util.Optional;
import org.claimtrail.claims.span.Tokens;

/** The quotes of one article's text ({@link QuoteFinder}), and where a span of the text stands to them. */
public final class ArticleQuotes {
  private final String text;
  private final List<QuoteFinder.Quote> quotes;

  public ArticleQuotes(String text) {
    this.text = text;
    this.quotes = QuoteFinder.find(text);
  }

  public List<QuoteFinder.Quote> all() {
    return quotes;
  }

  /** The quote whose marks enclose {@code offset} (marks included), if any. */
  public Optional<QuoteFinder.Quote> around(int offset) {
    for (QuoteFinder.Quote q : quotes) {
      if (offset >= q.openBegin() && offset < q.closeEnd()) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** The quote whose segments contain {@code offset}, if any. */
  public Optional<QuoteFinder.Quote> at(int offset) {
    for (QuoteFinder.Quote q : quotes) {
      for (QuoteFinder.Segment s : q.segments()) {
        if (offset >= s.begin() && offset < s.end()) {
          return Optional.of(q);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a whole quote lies inside {@code [begin, end)}: a content that holds one is mixed. */
  public boolean within(int begin, int end) {
    for (QuoteFinder.Quote q : quotes) {
      if (q.begin() >= begin && q.end() <= end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a quote ends with the punctuation of a clause inside its marks: “…,” “…?” “…—”, also
   * behind a quote of its own (“… ‘He’s the ringleader,’”).
   */
  public boolean endsAClause(QuoteFinder.Quote q) {
    String inside = Tokens.strip(text.substring(q.begin(), q.end()));
    int i = inside.length() - 1;
    while (i >= 0 && "'’‘\" ".indexOf(inside.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ",.?!…—–-:;".indexOf(inside.charAt(i)) >= 0;
  }

  /**
   * The quotation a reported content at {@code [begin, end)} is, if it is one: it opens the
   * content and ends a clause inside its marks (“let’s not get ahead of ourselves,” before
   * predicting …), or nothing but punctuation follows it in the content. "“illegal” immigrants as
   * violent criminals" is not a quotation but a mixed content.
   */
  public Optional<QuoteFinder.Quote> quotation(int begin, int end) {
    Optional<QuoteFinder.Quote> quote = around(begin);
    return quote.filter(q -> q.openBegin() >= begin - 1 && isQuotedToItsEnd(q, end));
  }

  private boolean isQuotedToItsEnd(QuoteFinder.Quote q, int contentEnd) {
    if (endsAClause(q)) {
      return true;
    }
    for (int i = q.end(); i < contentEnd; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
