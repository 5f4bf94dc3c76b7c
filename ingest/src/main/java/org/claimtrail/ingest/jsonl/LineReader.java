package org.claimtrail.ingest.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads {@code \n}-terminated lines as bytes with a length limit, so one enormous line cannot
 * exhaust memory: the excess is skipped and the line is flagged as too long. Scans its own buffer
 * for newlines (JSONL is the bulk format: no per-byte stream calls on this path).
 */
final class LineReader implements Closeable {
  private final InputStream in;
  private final long limit;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private long number;

  record Line(long number, byte[] bytes, boolean tooLong) {}

  LineReader(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  long limit() {
    return limit;
  }

  /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          break;
        }
      }
      any = true;
      int nl = pos;
      while (nl < end && buf[nl] != '\n') {
        nl++;
      }
      int n = nl - pos;
      long room = Math.max(0, limit - length);
      line.write(buf, pos, (int) Math.min(n, room));
      length += n;
      pos = nl;
      if (nl < end) {
        pos++; // consume the newline
        break;
      }
    }
    if (!any) {
      return null;
    }
    number++;
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(number, bytes, length > limit);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
