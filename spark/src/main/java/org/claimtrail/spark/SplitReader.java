package org.claimtrail.spark;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.Head;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Ingester;
import org.claimtrail.ingest.Inputs;
import org.claimtrail.ingest.warc.WarcIngester;
import org.claimtrail.model.RawDocument;

/**
 * Opens a split as documents with the CLI's own ingesters, reading the file through Hadoop's
 * {@code FileSystem} (streamed: a file never sits in memory whole).
 *
 * <p>A WARC goes straight to the WARC ingester with the file's own bytes, gzip or not: jwarc reads
 * a gzip-per-record WARC (as CC-News and {@code wget --warc-file} write them) member by member,
 * and skips what is not an HTML page record by record. Its limit is per record ({@code
 * --max-document-mb} for a page), not per file, since a CC-News WARC of 1 GB decompresses past the
 * CLI's 4 GB gzip limit. Everything else goes through {@link Inputs#openStream} as on one machine.
 *
 * <p>A byte range of a JSONL file holds the lines that start inside it ({@link LineRange}); a byte
 * range of a .warc.gz file the records whose gzip member starts inside it ({@link MemberRange}).
 */
final class SplitReader {
  private static final Ingester WARC = new WarcIngester();

  private SplitReader() {}

  static DocumentSource open(Split split, IngestOptions options, IngestListener listener, Configuration conf) throws IOException {
    Path path = new Path(split.file());
    FSDataInputStream raw = path.getFileSystem(conf).open(path);
    try {
      String fileName = path.getName();
      if (!split.whole() && Splits.isWarcGz(fileName)) {
        return warcRange(raw, split, options, listener);
      }
      if (!split.whole()) {
        InputStream lines = LineRange.open(raw, split.start(), split.end());
        if (lines == null) {
          // Every line that touches this range started in the previous one: nothing to read, no error.
          raw.close();
          return EMPTY;
        }
        return Inputs.openStream(lines, split.origin(), fileName, options, listener);
      }
      return whole(raw, split.origin(), fileName, options, listener);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  private static DocumentSource whole(InputStream raw, String origin, String fileName, IngestOptions options, IngestListener listener) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    if (isWarc(in, fileName, options)) {
      return WARC.open(in, origin, options, listener);
    }
    return Inputs.openStream(in, origin, fileName, options, listener);
  }

  /**
   * The records of a range of a .warc.gz file. A file that does not open with a gzipped WARC record
   * (gzipped whole, or misnamed) is no set of members to cut: its first range reads it whole, as
   * one split would, and the others are empty.
   */
  private static DocumentSource warcRange(FSDataInputStream raw, Split split, IngestOptions options, IngestListener listener) throws IOException {
    byte[] head = new byte[8192];
    int n = 0;
    for (int r; n < head.length && (r = raw.read(n, head, n, head.length - n)) > 0; ) {
      n += r;
    }
    if (!MemberRange.isWarcMember(head, 0, n)) {
      if (split.start() > 0) {
        raw.close();
        return EMPTY;
      }
      raw.seek(0);
      return whole(raw, split.name(), new Path(split.file()).getName(), options, listener);
    }
    InputStream records = MemberRange.open(raw, split.start(), split.end());
    if (records == null) {
      // No record starts in this range (one record is longer than the range): nothing to read, no error.
      raw.close();
      return EMPTY;
    }
    return WARC.open(records, split.origin(), options, listener);
  }

  /**
   * True for a WARC by its content (the first record's version line, inside gzip when the file is
   * gzipped), or when {@code --input-format warc} says so.
   */
  static boolean isWarc(InputStream in, String fileName, IngestOptions options) throws IOException {
    if (options.format().isPresent()) {
      return options.format().get().equalsIgnoreCase(WarcIngester.NAME);
    }
    in.mark(Head.SIZE);
    byte[] head = in.readNBytes(Head.SIZE);
    in.reset();
    if (Head.isGzip(head, head.length)) {
      // The first gzip member (the warcinfo record of a gzip-per-record WARC) is short; its first
      // bytes are enough. A gzip that breaks this early is left to the general path to report.
      try (InputStream g = new GZIPInputStream(new ByteArrayInputStream(head))) {
        head = g.readNBytes(16);
      } catch (IOException e) {
        return false;
      }
    }
    String name = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    return WARC.sniff(new Head(head, Optional.of(name))) == Ingester.Match.BY_CONTENT;
  }

  private static final DocumentSource EMPTY = new DocumentSource() {
    @Override
    public Iterator<RawDocument> iterator() {
      return Collections.emptyIterator();
    }

    @Override
    public void close() {}
  };
}
