package org.claimtrail.ingest.warc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.RecordCounts;
import org.claimtrail.ingest.RecordReader;
import org.claimtrail.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The documents of one WARC file, read record by record. Each record that does not become a
 * document is reported as skipped with its kind — the record type ({@code request},
 * {@code metadata}, {@code revisit}, {@code warcinfo}), or for a capture its payload type
 * ({@code response image/png}) or status ({@code response HTTP 404}) — and counted; the counts go
 * to {@link IngestListener#counted} when the file is closed, however far it could be read.
 */
final class WarcRecords extends RecordReader {
  private final WarcReader reader;
  private final Iterator<WarcRecord> records;
  private final IngestOptions options;
  private final Map<String, Long> skipped = new TreeMap<>();
  private long index;
  private long read;
  private long failed;
  private boolean counted;

  WarcRecords(WarcReader reader, String origin, IngestOptions options, IngestListener listener) {
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
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      index++;
      String recordOrigin = origin + "#record " + index;
      RawDocument doc = document(record, recordOrigin);
      if (doc != null) {
        read++;
        return doc;
      }
    }
  }

  /** The record's document, or null after reporting why there is none. */
  private RawDocument document(WarcRecord record, String recordOrigin) throws IOException {
    if (record instanceof WarcResponse response) {
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException | RuntimeException e) {
        return fail(recordOrigin, "unparsable HTTP response: " + e.getMessage());
      }
      if (http.status() < 200 || http.status() >= 300) {
        return skip(recordOrigin, "response HTTP " + http.status(), "HTTP status " + http.status());
      }
      return capture(response, WarcPayload.ofHttp(response, http), recordOrigin);
    }
    if (record instanceof WarcResource resource) {
      return capture(resource, WarcPayload.ofResource(resource), recordOrigin);
    }
    return skip(recordOrigin, record.type(), "WARC " + record.type() + " record");
  }

  private RawDocument capture(WarcCaptureRecord record, WarcPayload payload, String recordOrigin) throws IOException {
    try {
      return payload.document(record, recordOrigin, options.maxDocumentBytes(), listener)
          .orElseGet(() -> skip(recordOrigin, record.type() + " " + payload.kind(), "payload is " + payload.kind() + ", not HTML"));
    } catch (WarcPayload.UnreadableException e) {
      return fail(recordOrigin, e.getMessage());
    }
  }

  private RawDocument skip(String recordOrigin, String kind, String reason) {
    skipped.merge(kind, 1L, Long::sum);
    listener.skipped(recordOrigin, reason);
    return null;
  }

  private RawDocument fail(String recordOrigin, String reason) {
    failed++;
    listener.failed(recordOrigin, reason);
    return null;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      if (!counted) {
        counted = true;
        listener.counted(new RecordCounts(origin, index, read, failed, skipped));
      }
    }
  }
}
