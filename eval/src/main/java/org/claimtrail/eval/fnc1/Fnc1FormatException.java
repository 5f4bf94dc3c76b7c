package org.claimtrail.eval.fnc1;

import java.io.IOException;
import java.nio.file.Path;

/** A malformed FNC-1 file; the message starts with the file and the line. */
public final class Fnc1FormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public Fnc1FormatException(Path file, long line, String reason) {
    super(file + " line " + line + ": " + reason);
  }

  public Fnc1FormatException(Path file, long line, String reason, Throwable cause) {
    super(file + " line " + line + ": " + reason, cause);
  }
}
