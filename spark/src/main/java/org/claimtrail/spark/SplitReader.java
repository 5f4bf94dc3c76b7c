package org.claimtrail.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Inputs;

/**
 * Opens a split as documents with the CLI's own ingesters. A byte range of a JSONL file holds the
 * lines that start inside it: the range start skips to the line after the first line end (unless
 * it is 0), and the last line runs past the range end to its own line end.
 */
final class SplitReader {
  private SplitReader() {}

  static DocumentSource open(Split split, IngestOptions options, IngestListener listener) throws IOException {
    if (split.whole()) {
      return Inputs.open(List.of(split.path()), options, listener);
    }
    byte[] lines = readLines(Path.of(split.path()), split.start(), split.end(), options.maxDocumentBytes());
    if (lines.length == 0) {
      // Every line that touches this range started in the previous one: nothing to read, no error.
      return new DocumentSource() {
        @Override
        public java.util.Iterator<org.claimtrail.model.RawDocument> iterator() {
          return java.util.Collections.emptyIterator();
        }

        @Override
        public void close() {}
      };
    }
    return Inputs.openStream(new java.io.ByteArrayInputStream(lines), split.origin(), split.path(), options, listener);
  }

  static byte[] readLines(Path file, long start, long end, long maxLine) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long pos = start;
      if (start > 0) {
        // The line that straddles the start belongs to the previous range.
        raf.seek(start - 1);
        int c;
        while ((c = raf.read()) != -1 && c != '\n') {
          pos++;
        }
        pos = raf.getFilePointer();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      raf.seek(pos);
      InputStream in = java.nio.channels.Channels.newInputStream(raf.getChannel());
      InputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
      long at = pos;
      int c;
      long lineLength = 0;
      // Copy whole lines while they start before the range end.
      while (at < end || (lineLength > 0)) {
        c = buffered.read();
        if (c == -1) {
          break;
        }
        out.write(c);
        at++;
        lineLength = c == '\n' ? 0 : lineLength + 1;
        if (lineLength > maxLine) {
          // Let the ingester see (and report) the over-long line without reading it all.
          break;
        }
      }
      return out.toByteArray();
    }
  }
}
