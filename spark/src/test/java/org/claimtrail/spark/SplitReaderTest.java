package org.claimtrail.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte ranges of a JSONL file together hold every line exactly once, whatever the range size. */
class SplitReaderTest {
  @TempDir Path dir;

  @Test
  void rangesCoverEveryLineOnce() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lines.add("{\"n\":" + i + ",\"text\":\"" + "x".repeat(i % 37) + "\"}");
    }
    Path file = dir.resolve("a.jsonl");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8); // no final newline
    for (long size : new long[] {1, 7, 64, 100, 1000, 1 << 20}) {
      List<Split> splits = Splits.of(List.of(file.toString()), size);
      assertTrue(size >= Files.size(file) ? splits.size() == 1 : splits.size() > 1);
      List<String> seen = new ArrayList<>();
      for (Split s : splits) {
        long end = s.whole() ? Files.size(file) : s.end();
        String chunk = new String(SplitReader.readLines(file, s.start(), end, 1 << 20), StandardCharsets.UTF_8);
        chunk.lines().filter(l -> !l.isEmpty()).forEach(seen::add);
      }
      assertEquals(lines, seen, "range size " + size);
    }
  }

  @Test
  void foldersAreWalkedAndMissingInputsNamed() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.html"), "<p>x</p>");
    Files.writeString(dir.resolve("a.warc"), "WARC/1.1");
    assertEquals(List.of(dir.resolve("a.warc").toString(), dir.resolve("sub/b.html").toString()),
        Splits.of(List.of(dir.toString()), 1 << 20).stream().map(Split::path).toList());
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Splits.of(List.of(dir.resolve("nope").toString()), 10));
    assertTrue(e.getMessage().contains("nope"));
  }
}
