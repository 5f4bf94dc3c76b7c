package org.claimtrail.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata that came with a document from its container rather than from its content: a JSONL
 * record's fields, a feed item's link and date, a WARC record's target URI and capture date, the
 * seed format's {@code date} line. The extract stage prefers metadata found in the content and
 * falls back to these hints.
 */
public record SourceHints(
    Optional<String> url,
    Optional<String> title,
    Optional<String> publisher,
    List<String> authors,
    Optional<Instant> published,
    Optional<String> language,
    Optional<Instant> captured) {

  public static final SourceHints NONE =
      new SourceHints(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public SourceHints {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    authors = List.copyOf(authors);
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(captured, "captured");
  }

  public SourceHints withUrl(String value) {
    return new SourceHints(
        Optional.ofNullable(value), title, publisher, authors, published, language, captured);
  }

  public SourceHints withTitle(String value) {
    return new SourceHints(
        url, Optional.ofNullable(value), publisher, authors, published, language, captured);
  }

  public SourceHints withPublisher(String value) {
    return new SourceHints(
        url, title, Optional.ofNullable(value), authors, published, language, captured);
  }

  public SourceHints withAuthors(List<String> value) {
    return new SourceHints(url, title, publisher, value, published, language, captured);
  }

  public SourceHints withPublished(Instant value) {
    return new SourceHints(
        url, title, publisher, authors, Optional.ofNullable(value), language, captured);
  }

  public SourceHints withLanguage(String value) {
    return new SourceHints(
        url, title, publisher, authors, published, Optional.ofNullable(value), captured);
  }

  public SourceHints withCaptured(Instant value) {
    return new SourceHints(
        url, title, publisher, authors, published, language, Optional.ofNullable(value));
  }
}
