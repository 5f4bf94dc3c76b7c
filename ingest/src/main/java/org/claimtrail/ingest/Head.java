package org.claimtrail.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The first bytes of an input and its file name, which ingesters sniff to claim a format.
 *
 * @param bytes up to {@link #SIZE} leading bytes (after gzip was unwrapped)
 * @param fileName the file's name without gzip suffix, lower case, or empty for stdin
 */
public record Head(byte[] bytes, Optional<String> fileName) {
  public static final int SIZE = 8192;

  /** The leading bytes as ISO-8859-1 text, lower case, BOM and leading white space removed. */
  public String text() {
    String s = new String(bytes, StandardCharsets.ISO_8859_1);
    if (s.startsWith("\u00ef\u00bb\u00bf")) {
      s = s.substring(3); // UTF-8 BOM seen as Latin-1
    }
    return s.stripLeading().toLowerCase(Locale.ROOT);
  }

  public boolean nameEndsWith(String... suffixes) {
    if (fileName.isEmpty()) {
      return false;
    }
    for (String suffix : suffixes) {
      if (fileName.get().endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the bytes look binary: a NUL byte, or many control characters. Text in UTF-16 would
   * look binary too; news text in UTF-16 is rare enough to ask for {@code --format}.
   */
  public boolean looksBinary() {
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
      if ((b & 0xff) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return bytes.length > 0 && control * 20 > bytes.length;
  }

  /** gzip's magic bytes. */
  public static boolean isGzip(byte[] b, int length) {
    return length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }
}
