package org.claimtrail.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.claimtrail.ingest.Head;
import org.claimtrail.ingest.IngestException;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.Ingester;
import org.claimtrail.ingest.html.HtmlIngester;
import org.claimtrail.model.ContentKind;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * The payload of a capture record and whether it is an HTML page. The type comes from the HTTP
 * Content-Type; where that is missing or {@code application/octet-stream}, from the crawler's
 * {@code WARC-Identified-Payload-Type} (Heritrix, Common Crawl), else from the payload's first
 * bytes. A payload cut short — {@code WARC-Truncated} (Common Crawl stops at 1 MiB), or a gzip
 * content encoding that ends early — is kept as far as it goes, with a warning: most of a page
 * is worth more than none.
 */
final class WarcPayload {
  private static final Ingester HTML = new HtmlIngester();
  private static final int SNIFF_BYTES = 1024;

  /** A record whose payload cannot be read; the file goes on with the next record. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }

  /** Opens the payload, decoded; {@code cut}: the crawler truncated it. */
  private interface Body {
    InputStream open(boolean cut) throws IOException;
  }

  private final MediaType type;
  private final Body body;

  private WarcPayload(MediaType type, Body body) {
    this.type = type;
    this.body = body;
  }

  static WarcPayload ofHttp(WarcResponse record, HttpResponse http) {
    MediaType declared = known(http.contentType());
    if (declared == null) {
      declared = record.headers().first("WARC-Identified-Payload-Type").map(MediaType::parseLeniently).map(WarcPayload::known).orElse(null);
    }
    return new WarcPayload(declared, cut -> cut ? lenientlyDecoded(http) : http.bodyDecoded().stream());
  }

  /**
   * The JDK's gzip reader hands out what it decoded before its input ends; jwarc's fails the read.
   * So a truncated gzip payload is decoded here.
   */
  private static InputStream lenientlyDecoded(HttpResponse http) throws IOException {
    List<String> encodings = http.headers().all("Content-Encoding");
    if (encodings.size() == 1 && encodings.get(0).strip().toLowerCase(Locale.ROOT).matches("x-gzip|gzip")) {
      return new GZIPInputStream(http.body().stream());
    }
    return http.bodyDecoded().stream();
  }

  static WarcPayload ofResource(WarcResource record) {
    return new WarcPayload(known(record.contentType()), cut -> record.body().stream());
  }

  /** What the payload is, for the skip count: its media type, or "unknown type". */
  String kind() {
    return type == null ? "unknown type" : type.base().toString().toLowerCase(Locale.ROOT);
  }

  private static MediaType known(MediaType t) {
    // jwarc's isValid() is false for most real headers; a type/subtype pair is all we need.
    String base = t == null ? "" : t.base().toString().toLowerCase(Locale.ROOT);
    return base.indexOf('/') <= 0 || base.endsWith("/") || base.equals("application/octet-stream") ? null : t;
  }

  private static boolean isHtml(MediaType t) {
    String base = t.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** The record's HTML document, or empty when its payload is something else. */
  Optional<RawDocument> document(WarcCaptureRecord record, String origin, long maxBytes, IngestListener listener)
      throws UnreadableException {
    if (type != null && !isHtml(type)) {
      return Optional.empty();
    }
    boolean cut = record.truncated() != WarcTruncationReason.NOT_TRUNCATED;
    byte[] bytes = read(origin, maxBytes, cut, listener);
    if (type == null && HTML.sniff(new Head(Arrays.copyOf(bytes, Math.min(bytes.length, SNIFF_BYTES)), Optional.empty())) != Ingester.Match.BY_CONTENT) {
      return Optional.empty();
    }
    if (cut) {
      listener.warning(origin, "the crawler truncated this record (" + record.truncated().name().toLowerCase(Locale.ROOT)
          + "): the page may end early");
    }
    SourceHints hints = SourceHints.NONE.withUrl(record.target()).withCaptured(record.date());
    return Optional.of(new RawDocument(origin, ContentKind.HTML, bytes, type == null ? Optional.empty() : charset(type), hints));
  }

  /**
   * The decoded payload. One that the crawler declared truncated is kept as far as it decodes; any
   * other that fails to read (the file ends inside it, a corrupt gzip encoding) is unreadable.
   */
  private byte[] read(String origin, long maxBytes, boolean declaredCut, IngestListener listener) throws UnreadableException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 14];
    try (InputStream in = body.open(declaredCut)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + (long) n > maxBytes) {
          throw new UnreadableException("document exceeds the limit of " + maxBytes + " bytes");
        }
        out.write(buf, 0, n);
      }
    } catch (IngestException e) {
      throw new UnreadableException(e.getMessage());
    } catch (IOException | RuntimeException e) {
      if (out.size() == 0 || !declaredCut) {
        throw new UnreadableException("unreadable payload after " + out.size() + " bytes: " + e.getMessage());
      }
      listener.warning(origin, "payload ends early after " + out.size() + " bytes (" + e.getMessage() + "): kept as far as it goes");
    }
    return out.toByteArray();
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
}
