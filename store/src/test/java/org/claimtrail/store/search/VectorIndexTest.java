package org.claimtrail.store.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorIndexTest {
  @TempDir Path dir;

  private static float[] unit(float... v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] / Math.sqrt(n));
    }
    return u;
  }

  private static VectorIndex.Entry e(long owner, int start, float... v) {
    return new VectorIndex.Entry("sentence", owner, start, start + 10, unit(v));
  }

  @Test
  void nearestEntriesComeBackWithTheirOwnerOffsetsAndCosine() {
    try (VectorIndex index = VectorIndex.open(dir, "enc-1", 3)) {
      index.put("sentence", 1, List.of(e(1, 0, 1, 0, 0), e(1, 20, 0, 1, 0)));
      index.put("sentence", 2, List.of(e(2, 5, 0.9f, 0.1f, 0)));
      index.put("sentence", 3, List.of());
      index.put("claim", 9, List.of(new VectorIndex.Entry("claim", 9, 0, 4, unit(1, 0, 0))));
      List<VectorIndex.Hit> hits = index.nearest("sentence", unit(1, 0, 0), 2);
      assertEquals(List.of(1L, 2L), hits.stream().map(VectorIndex.Hit::owner).toList());
      assertEquals(0, hits.get(0).start());
      assertEquals(1.0, hits.get(0).score(), 1e-5);
      assertEquals(unit(0.9f, 0.1f, 0)[0], hits.get(1).score(), 1e-5);
      assertEquals(Set.of(1L, 2L, 3L), index.owners("sentence"), "an owner with no sentences is recorded as done");
      List<VectorIndex.Entry> one = index.entries("sentence", 1);
      assertEquals(List.of(0, 20), one.stream().map(VectorIndex.Entry::start).toList());
      assertArrayEquals(unit(0, 1, 0), one.get(1).vector());
    }
  }

  @Test
  void putReplacesAnOwnersEntriesAndAnotherEncoderStartsAfresh() {
    try (VectorIndex index = VectorIndex.open(dir, "enc-1", 3)) {
      index.put("sentence", 1, List.of(e(1, 0, 1, 0, 0), e(1, 20, 0, 1, 0)));
      index.put("sentence", 1, List.of(e(1, 7, 0, 0, 1)));
      assertEquals(List.of(7), index.entries("sentence", 1).stream().map(VectorIndex.Entry::start).toList());
      index.commit();
    }
    try (VectorIndex same = VectorIndex.open(dir, "enc-1", 3)) {
      assertEquals(Set.of(1L), same.owners("sentence"));
    }
    try (VectorIndex other = VectorIndex.open(dir, "enc-2", 3)) {
      assertTrue(other.owners("sentence").isEmpty(), "vectors of another encoder are not mixed in");
    }
  }
}
