package org.claimtrail.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails once more than a limit has been read: guards against gzip bombs and giant files. The
 * error names the input and the limit, so the user knows which option to raise.
 */
public final class BoundedInputStream extends FilterInputStream {
  private final long limit;
  private final String origin;
  private final String what;
  private long count;

  public BoundedInputStream(InputStream in, long limit, String origin, String what) {
    super(in);
    this.limit = limit;
    this.origin = origin;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  private void add(long n) throws IngestException {
    count += n;
    if (count > limit) {
      throw new IngestException(origin, what + " exceeds the limit of " + limit + " bytes");
    }
  }

  /** Reads the whole stream, failing past {@code limit} bytes. */
  public static byte[] readAll(InputStream in, long limit, String origin) throws IOException {
    return new BoundedInputStream(in, limit, origin, "document").readAllBytes();
  }
}
