package org.claimtrail.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.ingest.BoundedInputStream;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.Head;
import org.claimtrail.ingest.IngestException;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Ingester;
import org.claimtrail.ingest.SingleDocument;
import org.claimtrail.model.ContentKind;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;

/**
 * An HTML page. Its bytes are kept undecoded: the extract stage lets jsoup find the charset from a
 * BOM or a {@code <meta charset>}, which a fixed decoding here would get wrong for legacy pages.
 */
public final class HtmlIngester implements Ingester {
  public static final String NAME = "html";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of("text/html", "application/xhtml+xml");
  }

  @Override
  public Match sniff(Head head) {
    String t = head.text();
    if (t.startsWith("<!doctype html") || t.startsWith("<html") || (t.startsWith("<") && (t.contains("<html") || t.contains("<head") || t.contains("<body")))) {
      return Match.BY_CONTENT;
    }
    return head.nameEndsWith(".html", ".htm", ".xhtml", ".shtml") ? Match.BY_NAME : Match.NONE;
  }

  @Override
  public DocumentSource open(InputStream in, String origin, IngestOptions options, IngestListener listener)
      throws IOException {
    try (in) {
      byte[] bytes = BoundedInputStream.readAll(in, options.maxDocumentBytes(), origin);
      if (bytes.length == 0) {
        throw new IngestException(origin, "empty file");
      }
      return new SingleDocument(
          new RawDocument(origin, ContentKind.HTML, bytes, Optional.empty(), SourceHints.NONE), listener);
    }
  }
}
