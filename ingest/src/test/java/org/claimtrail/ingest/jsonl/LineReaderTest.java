package org.claimtrail.ingest.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void splitsOnNewlinesDropsCarriageReturnsAndFlagsLongLines() throws Exception {
    String big = "x".repeat(200_000); // longer than the internal buffer
    String input = "one\r\n" + big + "\n\nlast";
    LineReader r = new LineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), 100_000);
    LineReader.Line a = r.next();
    assertEquals("one", new String(a.bytes(), StandardCharsets.UTF_8));
    LineReader.Line b = r.next();
    assertTrue(b.tooLong());
    assertEquals(100_000, b.bytes().length);
    assertEquals(2, b.number());
    LineReader.Line c = r.next();
    assertEquals(0, c.bytes().length);
    LineReader.Line d = r.next();
    assertEquals("last", new String(d.bytes(), StandardCharsets.UTF_8));
    assertFalse(d.tooLong());
    assertEquals(4, d.number());
    assertNull(r.next());
  }
}
