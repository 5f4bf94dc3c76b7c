package org.claimtrail.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCacheTest {
  @TempDir Path dir;

  /** Counts the texts it was asked to encode; a text's vector is (length, 1). */
  private static final class Counting implements TextEncoder {
    final List<String> asked = new ArrayList<>();
    final String version;

    Counting(String version) {
      this.version = version;
    }

    @Override
    public List<float[]> encode(List<String> texts) {
      asked.addAll(texts);
      return texts.stream().map(t -> new float[] {t.length(), 1}).toList();
    }

    @Override
    public String version() {
      return version;
    }
  }

  @Test
  void aSecondRunEncodesNothingAndAnotherEncoderKeepsItsOwnFile() {
    Counting first = new Counting("v1");
    assertArrayEquals(new float[] {3, 1}, VectorCache.open(first, dir).encode(List.of("abc", "de", "abc")).get(2));
    assertEquals(List.of("abc", "de"), first.asked);
    Counting second = new Counting("v1");
    List<float[]> again = VectorCache.open(second, dir).encode(List.of("de", "abc", "new"));
    assertEquals(List.of("new"), second.asked);
    assertArrayEquals(new float[] {2, 1}, again.get(0));
    Counting other = new Counting("v2");
    VectorCache.open(other, dir).encode(List.of("abc"));
    assertEquals(List.of("abc"), other.asked);
  }

  @Test
  void aTornLastRecordIsCutOffAndTheRestKept() throws IOException {
    VectorCache.open(new Counting("v1"), dir).encode(List.of("abc", "de"));
    Path file;
    try (var files = Files.list(dir)) {
      file = files.findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    Counting after = new Counting("v1");
    VectorCache cache = VectorCache.open(after, dir);
    assertEquals(1, cache.size());
    cache.encode(List.of("abc", "de", "xyz"));
    assertEquals(List.of("de", "xyz"), after.asked);
    assertEquals(3, VectorCache.open(new Counting("v1"), dir).size(), "appends after the cut are read back");
  }
}
