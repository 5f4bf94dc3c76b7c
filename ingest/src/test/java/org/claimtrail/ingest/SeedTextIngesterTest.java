package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.claimtrail.ingest.text.SeedTextIngester;
import org.claimtrail.model.RawDocument;
import org.junit.jupiter.api.Test;

class SeedTextIngesterTest {

  @Test
  void dateAndBodyShareTheFirstLine() throws Exception {
    RawDocument d = SeedTextIngester.parse(" \n date 2024-10-23 Austin said troops were there.\n\nMore.", "t", IngestListener.IGNORE);
    assertEquals(Instant.parse("2024-10-23T00:00:00Z"), d.hints().published().orElseThrow());
    assertEquals("Austin said troops were there.\n\nMore.", d.decodedText());
  }

  @Test
  void invalidUtf8BecomesReplacementCharactersNotAnError() throws Exception {
    byte[] head = "date 2024-10-23 The Kyiv Post is Ukraine".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xe2; // a truncated curly apostrophe
    bytes[head.length + 1] = (byte) 0x80;
    bytes[head.length + 2] = 's';
    try (DocumentSource src = Inputs.openStream(new java.io.ByteArrayInputStream(bytes), "m.txt", "m.txt", IngestOptions.DEFAULTS, IngestListener.IGNORE)) {
      RawDocument d = src.iterator().next();
      assertTrue(d.decodedText().startsWith("The Kyiv Post is Ukraine\uFFFD"), d.decodedText());
    }
  }

  @Test
  void impossibleDateIsAWarningAndTheTextIsKept() throws Exception {
    CollectingListener l = new CollectingListener();
    RawDocument d = SeedTextIngester.parse("date 2024-13-45 Body text here.", "t", l);
    assertTrue(d.hints().published().isEmpty());
    assertEquals(1, l.warnings.size());
  }

  @Test
  void missingDateLineIsBadInput() {
    IngestException e = assertThrows(IngestException.class, () -> SeedTextIngester.parse("no date here", "file.txt", IngestListener.IGNORE));
    assertTrue(e.getMessage().startsWith("file.txt: expected 'date YYYY-MM-DD'"), e.getMessage());
  }
}
