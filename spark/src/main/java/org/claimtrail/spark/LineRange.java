package org.claimtrail.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * The lines of a file that start inside the byte range {@code [start, end)}, as a stream: it
 * begins at the first line start at or after {@code start} (after the first line end at or after
 * {@code start - 1}) and ends at the first line end at or after {@code end - 1}. Ranges that
 * together cover a file thus give each line exactly once, however the cuts fall.
 */
final class LineRange extends InputStream {
  private final InputStream in;
  private final long end;
  private long at;
  private int last = '\n';
  private boolean done;

  private LineRange(InputStream in, long at, long end) {
    this.in = in;
    this.at = at;
    this.end = end;
  }

  /** The range's lines, or null when no line starts inside it. Owns {@code file}. */
  static InputStream open(FSDataInputStream file, long start, long end) throws IOException {
    long at = start;
    InputStream in;
    if (start > 0) {
      // The line that straddles the start belongs to the previous range.
      file.seek(start - 1);
      in = new BufferedInputStream(file, 1 << 16);
      at = start - 1;
      int c;
      do {
        c = in.read();
        at++;
      } while (c != -1 && c != '\n');
      if (c == -1) {
        return null;
      }
    } else {
      in = new BufferedInputStream(file, 1 << 16);
    }
    return at >= end ? null : new LineRange(in, at, end);
  }

  /** At a line start at or past the range end, or at the end of the file. */
  private boolean finished() {
    return done || (at >= end && last == '\n');
  }

  @Override
  public int read() throws IOException {
    if (finished()) {
      return -1;
    }
    int c = in.read();
    if (c == -1) {
      done = true;
      return -1;
    }
    at++;
    last = c;
    return c;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (finished()) {
      return -1;
    }
    if (at < end) {
      int n = in.read(b, off, (int) Math.min(len, end - at));
      if (n <= 0) {
        done = true;
        return -1;
      }
      at += n;
      last = b[off + n - 1] & 0xff;
      return n;
    }
    // Past the end inside the last line: up to its line end.
    int n = 0;
    while (n < len && !finished()) {
      int c = read();
      if (c == -1) {
        break;
      }
      b[off + n++] = (byte) c;
    }
    return n == 0 ? -1 : n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
