package org.claimtrail.ingest.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads {@code \n}-terminated lines as bytes with a length limit, so one enormous line cannot
 * exhaust memory: the excess is skipped and the line is flagged as too long.
 */
final class LineReader implements Closeable {
  private final InputStream in;
  private final long limit;
  private long number;

  record Line(long number, byte[] bytes, boolean tooLong) {}

  LineReader(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  long limit() {
    return limit;
  }

  /** The next line without its terminator, or null at the end of input. */
  Line next() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    long length = 0;
    boolean any = false;
    int b;
    while ((b = in.read()) >= 0) {
      any = true;
      if (b == '\n') {
        break;
      }
      length++;
      if (length <= limit) {
        buf.write(b);
      }
    }
    if (!any) {
      return null;
    }
    number++;
    byte[] bytes = buf.toByteArray();
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\r') {
      end--;
    }
    if (end != bytes.length) {
      bytes = java.util.Arrays.copyOf(bytes, end);
    }
    return new Line(number, bytes, length > limit);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
