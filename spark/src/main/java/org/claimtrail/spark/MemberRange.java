package org.claimtrail.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * The records of a gzip-per-record WARC whose gzip member starts inside the byte range {@code
 * [start, end)}, as a stream of whole members: it begins at the first member start at or after
 * {@code start} and ends before the first member start at or after {@code end}. Ranges that
 * together cover a file thus give each record exactly once. A member start is a gzip header
 * (1f 8b 08) whose first inflated bytes are a WARC version line, so compressed bytes that happen
 * to look like a header are not taken for one. A file gzipped whole has one member: its first
 * range reads it all and the others are empty (correct, if not parallel).
 */
final class MemberRange extends InputStream {
  /** Enough compressed bytes to inflate a record's first five. */
  private static final int LOOK_AHEAD = 8192;
  private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);

  private final InputStream in;
  private final long end;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  /** The file position of {@code buf[pos]}. */
  private long at;
  private boolean eof;
  private boolean done;

  private MemberRange(InputStream in, long at, long end) {
    this.in = in;
    this.at = at;
    this.end = end;
  }

  /** The range's records, or null when no record starts inside it. Owns {@code file}. */
  static InputStream open(FSDataInputStream file, long start, long end) throws IOException {
    file.seek(start);
    MemberRange r = new MemberRange(file, start, end);
    return r.skipToMember() ? r : null;
  }

  /** Moves to the first member start in [start, end); false when there is none. */
  private boolean skipToMember() throws IOException {
    while (at < end) {
      if (!available(1)) {
        return false;
      }
      if (memberStartsHere()) {
        return true;
      }
      pos++;
      at++;
    }
    return false;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (done || !available(1)) {
      done = true;
      return -1;
    }
    int n;
    if (at < end) {
      n = (int) Math.min(Math.min(len, lim - pos), end - at);
    } else {
      // Past the range end: up to the next member start, which belongs to the next range.
      n = 0;
      while (n < len && pos + n < lim) {
        if (buf[pos + n] == 0x1f && checkAt(pos + n)) {
          done = true;
          break;
        }
        n++;
      }
      if (n == 0) {
        return -1;
      }
    }
    System.arraycopy(buf, pos, b, off, n);
    pos += n;
    at += n;
    return n;
  }

  /** Whether a member starts at {@code buf[i]}, reading ahead as needed (may move the buffer's contents: {@code i} is relative to {@code pos}). */
  private boolean checkAt(int i) throws IOException {
    int offset = i - pos;
    available(offset + LOOK_AHEAD);
    return isWarcMember(buf, pos + offset, Math.min(LOOK_AHEAD, lim - pos - offset));
  }

  private boolean memberStartsHere() throws IOException {
    return buf[pos] == 0x1f && checkAt(pos);
  }

  /** True when a gzip member starts at {@code b[off]} and inflates to a WARC record's first bytes. */
  static boolean isWarcMember(byte[] b, int off, int len) {
    if (len < 3 || b[off] != 0x1f || (b[off + 1] & 0xff) != 0x8b || b[off + 2] != 8) {
      return false;
    }
    try (InputStream g = new GZIPInputStream(new ByteArrayInputStream(b, off, len))) {
      return Arrays.equals(g.readNBytes(WARC.length), WARC);
    } catch (IOException e) {
      return false;
    }
  }

  /** Makes at least {@code n} bytes available from {@code pos} unless the file ends first; false when none is. */
  private boolean available(int n) throws IOException {
    if (lim - pos >= n || eof) {
      return lim > pos;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
    }
    while (lim < n && !eof) {
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    }
    return lim > pos;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
