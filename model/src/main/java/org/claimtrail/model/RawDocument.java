package org.claimtrail.model;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One document as an ingester found it, before any cleaning.
 *
 * @param origin where it came from, precise enough to find it again: the file path, plus
 *     {@code #line 12} or {@code #record 3} inside containers (JSONL, WARC, feeds)
 * @param kind how to read {@code content}
 * @param content the raw bytes; HTML keeps its bytes so the extract stage can detect the charset
 *     from the page itself. Records compare arrays by identity: compare documents by {@code
 *     origin}.
 * @param charset a charset declared outside the content (an HTTP header), if any
 * @param hints metadata from the container
 */
public record RawDocument(
    String origin, ContentKind kind, byte[] content, Optional<Charset> charset, SourceHints hints) {

  public RawDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(hints, "hints");
  }

  /** A plain-text document (UTF-8). */
  public static RawDocument text(String origin, String text, SourceHints hints) {
    return new RawDocument(
        origin, ContentKind.TEXT, text.getBytes(StandardCharsets.UTF_8), Optional.empty(), hints);
  }

  /** An HTML document given as text (a JSONL or feed field): its bytes are UTF-8. */
  public static RawDocument html(String origin, String html, SourceHints hints) {
    return new RawDocument(
        origin,
        ContentKind.HTML,
        html.getBytes(StandardCharsets.UTF_8),
        Optional.of(StandardCharsets.UTF_8),
        hints);
  }

  /** The content decoded with the declared charset, else UTF-8 (invalid bytes become U+FFFD). */
  public String decodedText() {
    return new String(content, charset.orElse(StandardCharsets.UTF_8));
  }
}
