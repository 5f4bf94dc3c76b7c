package org.claimtrail.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites the version line of every record of an uncompressed WARC (wget writes WARC/1.0), to
 * make a WARC/1.1 file out of a real crawler's records. Records are walked by their
 * Content-Length, so a payload that happens to contain "WARC/1.0" is left alone.
 */
final class WarcVersions {
  private WarcVersions() {}

  static byte[] rewrite(byte[] warc, String version) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pos = 0;
    while (pos < warc.length) {
      int lineEnd = indexOf(warc, "\r\n", pos);
      int headerEnd = indexOf(warc, "\r\n\r\n", pos);
      String header = new String(warc, lineEnd + 2, headerEnd - lineEnd - 2, StandardCharsets.ISO_8859_1);
      long length = header.lines().filter(l -> l.regionMatches(true, 0, "Content-Length:", 0, 15))
          .mapToLong(l -> Long.parseLong(l.substring(15).strip())).findFirst().orElseThrow();
      out.writeBytes((version + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      int end = headerEnd + 4 + (int) length + 4; // header, blank line, block, CRLF CRLF
      out.write(warc, lineEnd + 2, end - lineEnd - 2);
      pos = end;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] b, String what, int from) {
    byte[] w = what.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = from; i <= b.length - w.length; i++) {
      for (int j = 0; j < w.length; j++) {
        if (b[i + j] != w[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("no " + what.replace("\r\n", "CRLF") + " after offset " + from);
  }
}
