package org.claimtrail.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.Head;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Ingester;
import org.netpreserve.jwarc.WarcReader;

/**
 * WARC files (1.0 and 1.1; plain, gzip per record, or one gzip stream for the whole file) as
 * crawlers write them: wget, Heritrix, Browsertrix, Common Crawl. Each {@code response} (or
 * {@code resource}) record whose payload is HTML and whose status is 2xx becomes a document with
 * the record's target URI and capture date; requests, metadata, revisits, images, PDFs,
 * redirects and errors are skipped and counted by kind ({@link WarcRecords}). jwarc reads the
 * records and undoes chunked transfer and gzip/deflate content encoding.
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
    String t = head.text();
    if (t.startsWith("warc/") && t.length() > 5 && Character.isDigit(t.charAt(5))) {
      return Match.BY_CONTENT;
    }
    return head.nameEndsWith(".warc") ? Match.BY_NAME : Match.NONE;
  }

  /** WARC records carry images and PDFs, and jwarc decodes per-record gzip itself. */
  @Override
  public boolean binaryContainer() {
    return true;
  }

  @Override
  public DocumentSource open(InputStream in, String origin, IngestOptions options, IngestListener listener)
      throws IOException {
    return new WarcRecords(new WarcReader(in), origin, options, listener);
  }
}
