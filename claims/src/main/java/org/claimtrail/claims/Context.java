package org.claimtrail.claims;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.claims.entity.Entities;
import org.claimtrail.claims.entity.NameGender;
import org.claimtrail.claims.quote.QuoteFinder;
import org.claimtrail.model.Article;
import org.claimtrail.model.Claim;
import org.claimtrail.nlp.AnnotatedText;

/** Everything the claim rules need about one article while they run; one per article and thread. */
final class Context {
  final Article article;
  final AnnotatedText text;
  final Entities entities;
  final List<QuoteFinder.Quote> quotes;
  final Optional<LocalDate> published;
  final List<Claim> claims = new ArrayList<>();
  /** Quotations a saying introduces ("sent an email saying, “done.”"), kept for the quotes no other pass attributes. */
  final List<Claim> quotedBySaying = new ArrayList<>();
  private final List<Integer> paragraphStarts = new ArrayList<>();
  /** Each person's gender as far as the article tells, by entity id: worked out once, asked for every pronoun. */
  final Map<String, Optional<NameGender.Gender>> genders = new HashMap<>();

  Context(Article article, AnnotatedText text, Entities entities) {
    this.article = article;
    this.text = text;
    this.entities = entities;
    this.quotes = QuoteFinder.find(text.text());
    this.published = article.published().map(p -> p.atOffset(ZoneOffset.UTC).toLocalDate());
    paragraphStarts.add(0);
    String t = text.text();
    int lineStart = 0;
    for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
      // A blank line ends a paragraph; so does a single line break after a line too long to have
      // been wrapped by hand (scraped text often puts one paragraph per line; wire copy such as
      // Reuters wraps its paragraphs at about 70 columns).
      boolean blank = i + 1 < t.length() && t.charAt(i + 1) == '\n';
      if ((blank || i - lineStart > LONGEST_WRAPPED_LINE) && i + 1 < t.length()) {
        int start = blank ? i + 2 : i + 1;
        if (paragraphStarts.get(paragraphStarts.size() - 1) < start) {
          paragraphStarts.add(start);
        }
      }
      lineStart = i + 1;
    }
  }

  private static final int LONGEST_WRAPPED_LINE = 100;

  int paragraphOf(int offset) {
    int p = 0;
    for (int i = 0; i < paragraphStarts.size() && paragraphStarts.get(i) <= offset; i++) {
      p = i;
    }
    return p;
  }

  /** Where the paragraph holding {@code offset} starts. */
  int paragraphStart(int offset) {
    return paragraphStarts.get(paragraphOf(offset));
  }

  Optional<Integer> year() {
    return published.map(LocalDate::getYear);
  }

  /**
   * The text without leading and trailing spaces, no-break spaces included: scraped pages are full
   * of them, and {@link String#strip()} leaves them.
   */
  static String strip(String text) {
    return text.replace('\u00a0', ' ').strip();
  }

  String slice(int begin, int end) {
    return text.text().substring(begin, end);
  }

  /** The quote whose marks enclose {@code offset} (marks included), if any. */
  Optional<QuoteFinder.Quote> quoteAround(int offset) {
    for (QuoteFinder.Quote q : quotes) {
      if (offset >= q.openBegin() && offset < q.closeEnd()) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /** The quote whose segments contain {@code offset}, if any. */
  Optional<QuoteFinder.Quote> quoteAt(int offset) {
    for (QuoteFinder.Quote q : quotes) {
      for (QuoteFinder.Segment s : q.segments()) {
        if (offset >= s.begin() && offset < s.end()) {
          return Optional.of(q);
        }
      }
    }
    return Optional.empty();
  }
}
