package org.claimtrail.extract.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Which charset to decode a page with, when its bytes and its declaration disagree. jsoup trusts
 * a BOM, then {@code <meta charset>}, then UTF-8; legacy pages (windows-1251 with no declaration,
 * or declaring UTF-8 while being windows-1251) then decode to replacement characters. When the
 * declared (or default) charset is UTF-8 but the bytes are not valid UTF-8, the charset is
 * guessed from the bytes (juniversalchardet, Mozilla's detector), else windows-1252. A page that
 * declares a legacy charset but whose bytes are valid UTF-8 with non-ASCII text in them was saved
 * as UTF-8 since (legacy text is almost never valid UTF-8 by chance): it is read as UTF-8.
 */
public final class PageCharset {
  private static final Pattern META = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

  private PageCharset() {}

  /** The charset to force, or empty to let jsoup decide as usual. */
  public static Optional<Charset> override(byte[] content, Optional<Charset> given) {
    if (hasBom(content)) {
      return Optional.empty();
    }
    Optional<Charset> declared = given.isPresent() ? given : declared(content);
    boolean utf8Expected = declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8);
    if (!utf8Expected) {
      return given.isEmpty() && hasNonAscii(content) && validUtf8(content) ? Optional.of(StandardCharsets.UTF_8) : Optional.empty();
    }
    if (validUtf8(content)) {
      return Optional.empty();
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(content, 0, Math.min(content.length, 1 << 20));
    detector.dataEnd();
    String guess = detector.getDetectedCharset();
    try {
      if (guess != null && !guess.equalsIgnoreCase("UTF-8")) {
        return Optional.of(Charset.forName(guess));
      }
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // fall through to the web's default legacy charset
    }
    return Optional.of(Charset.forName("windows-1252"));
  }

  static Optional<Charset> declared(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1).toLowerCase(Locale.ROOT)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing past
   * U+10FFFF). A scan of the bytes: decoding a whole page only to throw the text away cost more
   * than parsing it.
   */
  static boolean validUtf8(byte[] c) {
    int i = 0;
    while (i < c.length) {
      int b = c[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (b >= 0xc2 && b <= 0xdf) {
        n = 1;
        min = 0x80;
      } else if (b >= 0xe0 && b <= 0xef) {
        n = 2;
        min = 0x800;
      } else if (b >= 0xf0 && b <= 0xf4) {
        n = 3;
        min = 0x10000;
      } else {
        return false;
      }
      int cp = b & (0x3f >> n);
      for (int k = 1; k <= n; k++) {
        if (i + k >= c.length || (c[i + k] & 0xc0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (c[i + k] & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        return false;
      }
      i += n + 1;
    }
    return true;
  }

  private static boolean hasNonAscii(byte[] c) {
    for (byte b : c) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBom(byte[] c) {
    return c.length >= 2 && ((c[0] == (byte) 0xFE && c[1] == (byte) 0xFF) || (c[0] == (byte) 0xFF && c[1] == (byte) 0xFE))
        || c.length >= 3 && c[0] == (byte) 0xEF && c[1] == (byte) 0xBB && c[2] == (byte) 0xBF;
  }
}
