package org.claimtrail.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Legacy pages whose bytes contradict their declaration are decoded by what the bytes are. */
class PageCharsetTest {
  static final Charset CP1251 = Charset.forName("windows-1251");
  static final String TEXT = "Министерство обороны заявило во вторник, что мост был восстановлен. Официальные лица отрицают, что войска его пересекали.";

  private static byte[] page(String meta, Charset cs) {
    return ("<html><head>" + meta + "<title>Мост</title></head><body><p>" + TEXT + "</p><p>" + TEXT + "</p></body></html>").getBytes(cs);
  }

  @Test
  void undeclaredOrMisdeclaredWindows1251IsDetected() {
    assertEquals(Optional.of(CP1251), PageCharset.override(page("", CP1251), Optional.empty()));
    assertEquals(Optional.of(CP1251), PageCharset.override(page("<meta charset=\"utf-8\">", CP1251), Optional.empty()));
    assertEquals(Optional.of(CP1251), PageCharset.override(page("", CP1251), Optional.of(StandardCharsets.UTF_8)), "a wrong HTTP header too");
  }

  @Test
  void trustworthyDeclarationsAreLeftToJsoup() {
    assertTrue(PageCharset.override(page("<meta charset=\"windows-1251\">", CP1251), Optional.empty()).isEmpty(), "declared and plausible");
    assertTrue(PageCharset.override(page("", StandardCharsets.UTF_8), Optional.empty()).isEmpty(), "valid UTF-8");
    byte[] bom = page("", StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bom, 0, withBom, 3, bom.length);
    assertTrue(PageCharset.override(withBom, Optional.empty()).isEmpty(), "a BOM decides");
  }
}
