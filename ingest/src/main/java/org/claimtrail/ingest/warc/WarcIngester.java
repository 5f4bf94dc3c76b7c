package org.claimtrail.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.ingest.BoundedInputStream;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.Head;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Ingester;
import org.claimtrail.ingest.RecordReader;
import org.claimtrail.model.ContentKind;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC files. Each {@code response} record whose HTTP payload is HTML (by Content-Type) and whose
 * status is 2xx becomes a document with the record's target URI and capture date; every other
 * record is reported as skipped, with its type, so a run can count them. Compressed bodies
 * (Content-Encoding gzip, deflate, br) are decoded by jwarc.
 */
public final class WarcIngester implements Ingester {
  public static final String NAME = "warc";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of("application/warc");
  }

  @Override
  public Match sniff(Head head) {
    if (head.text().startsWith("warc/")) {
      return Match.BY_CONTENT;
    }
    return head.nameEndsWith(".warc") ? Match.BY_NAME : Match.NONE;
  }

  @Override
  public DocumentSource open(InputStream in, String origin, IngestOptions options, IngestListener listener)
      throws IOException {
    return new Records(new WarcReader(in), origin, options, listener);
  }

  private static final class Records extends RecordReader {
    private final WarcReader reader;
    private final Iterator<WarcRecord> records;
    private final IngestOptions options;
    private int index;

    Records(WarcReader reader, String origin, IngestOptions options, IngestListener listener) {
      super(origin, listener);
      this.reader = reader;
      this.options = options;
      reader.onWarning(w -> listener.warning(origin + "#record " + (index + 1), w));
      this.records = reader.iterator();
    }

    @Override
    protected RawDocument readNext() throws IOException {
      while (true) {
        WarcRecord record;
        try {
          if (!records.hasNext()) {
            return null;
          }
          record = records.next();
        } catch (java.io.UncheckedIOException e) {
          throw e.getCause();
        }
        index++;
        String recordOrigin = origin + "#record " + index;
        if (!(record instanceof WarcResponse response)) {
          listener.skipped(recordOrigin, "WARC " + record.type() + " record");
          continue;
        }
        RawDocument doc = read(response, recordOrigin);
        if (doc != null) {
          return doc;
        }
      }
    }

    private RawDocument read(WarcResponse response, String recordOrigin) throws IOException {
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException | RuntimeException e) {
        listener.failed(recordOrigin, "unparsable HTTP response: " + e.getMessage());
        return null;
      }
      MediaType type = http.contentType();
      if (!"text".equals(type.type()) || !"html".equals(type.subtype())) {
        if (!("application".equals(type.type()) && "xhtml+xml".equals(type.subtype()))) {
          listener.skipped(recordOrigin, "payload is " + type.base() + ", not HTML");
          return null;
        }
      }
      if (http.status() < 200 || http.status() >= 300) {
        listener.skipped(recordOrigin, "HTTP status " + http.status());
        return null;
      }
      byte[] body =
          BoundedInputStream.readAll(http.bodyDecoded().stream(), options.maxDocumentBytes(), recordOrigin);
      SourceHints hints =
          SourceHints.NONE
              .withUrl(response.target())
              .withCaptured(response.date());
      return new RawDocument(recordOrigin, ContentKind.HTML, body, charset(type), hints);
    }

    private static Optional<Charset> charset(MediaType type) {
      String name = type.parameters().get("charset");
      if (name == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(Charset.forName(name.strip().replace("\"", "")));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return Optional.empty();
      }
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
