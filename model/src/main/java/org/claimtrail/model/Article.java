package org.claimtrail.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned news article: the text a reader would see, without page boilerplate, and its
 * metadata.
 *
 * @param id a stable identifier: a hash of the canonical URL when there is one, else of the text
 * @param origin where the raw document came from (see {@link RawDocument#origin()})
 * @param url the canonical URL, if known
 * @param title the headline, if known
 * @param publisher the site or outlet name, if known
 * @param authors the bylines, possibly empty
 * @param published when it was published
 * @param modified when it was last modified
 * @param language an ISO 639-1 code such as {@code en}, if known or detected
 * @param paragraphs the article body, one entry per paragraph (headings and list items are
 *     paragraphs too)
 * @param removed the blocks removed as boilerplate, each with the filter that removed it, for
 *     review
 * @param contentHash SHA-256 of the body text, hex; equal bodies have equal hashes
 * @param publisherInferred whether {@code publisher} was not stated by the document's metadata but
 *     inferred from its own text (the outlet its promotion lines name: "follow us on
 *     @Kyivpost_official" beside "Kyiv Post"), so a reader can be told it is a guess
 */
public record Article(
    String id,
    String origin,
    Optional<String> url,
    Optional<String> title,
    Optional<String> publisher,
    List<String> authors,
    Optional<Instant> published,
    Optional<Instant> modified,
    Optional<String> language,
    List<String> paragraphs,
    List<RemovedBlock> removed,
    String contentHash,
    boolean publisherInferred) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    authors = List.copyOf(authors);
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(language, "language");
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    Objects.requireNonNull(contentHash, "contentHash");
    if (publisherInferred && publisher.isEmpty()) {
      throw new IllegalArgumentException("publisherInferred without a publisher: " + origin);
    }
  }

  /** An article whose publisher, if any, was stated by its metadata. */
  public Article(
      String id, String origin, Optional<String> url, Optional<String> title, Optional<String> publisher, List<String> authors,
      Optional<Instant> published, Optional<Instant> modified, Optional<String> language, List<String> paragraphs,
      List<RemovedBlock> removed, String contentHash) {
    this(id, origin, url, title, publisher, authors, published, modified, language, paragraphs, removed, contentHash, false);
  }

  /** The body as one string, paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** A block of the raw document that cleaning removed, and the filter that removed it. */
  public record RemovedBlock(String text, String filter) {
    public RemovedBlock {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(filter, "filter");
    }
  }
}
