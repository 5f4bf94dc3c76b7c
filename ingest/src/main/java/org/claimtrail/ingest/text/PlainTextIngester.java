package org.claimtrail.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.claimtrail.ingest.BoundedInputStream;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.Head;
import org.claimtrail.ingest.IngestException;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Ingester;
import org.claimtrail.ingest.SingleDocument;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;

/** A {@code .txt} file without a date line: the whole file is one article's text, UTF-8. */
public final class PlainTextIngester implements Ingester {
  public static final String NAME = "text";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of("text/plain");
  }

  @Override
  public Match sniff(Head head) {
    return head.nameEndsWith(".txt", ".text") ? Match.BY_NAME : Match.NONE;
  }

  @Override
  public DocumentSource open(InputStream in, String origin, IngestOptions options, IngestListener listener)
      throws IOException {
    try (in) {
      String text = new String(BoundedInputStream.readAll(in, options.maxDocumentBytes(), origin), StandardCharsets.UTF_8);
      if (text.isBlank()) {
        throw new IngestException(origin, "empty text");
      }
      return new SingleDocument(RawDocument.text(origin, text, SourceHints.NONE), listener);
    }
  }
}
