package org.claimtrail.ingest;

import java.io.IOException;

/** Bad input: the message always starts with where (file, and line or record) and says why. */
public class IngestException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String origin;

  public IngestException(String origin, String reason) {
    super(origin + ": " + reason);
    this.origin = origin;
  }

  public IngestException(String origin, String reason, Throwable cause) {
    super(origin + ": " + reason, cause);
    this.origin = origin;
  }

  /** The file, and record where there is one, that was bad. */
  public String origin() {
    return origin;
  }
}
