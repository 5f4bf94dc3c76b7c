package org.claimtrail.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HeldOutTest {
  @Test
  void holdsOutExactlyNArticlesSpreadOverTheSplit() {
    assertEquals(98, IntStream.range(0, 838).filter(i -> HeldOut.isHeldOut(i, 838, 98)).count());
    // The train split sorts by outlet, 120 articles each: every outlet gives its share.
    for (int outlet = 0; outlet < 7; outlet++) {
      int first = outlet * 120;
      long held = IntStream.range(first, Math.min(first + 120, 838)).filter(i -> HeldOut.isHeldOut(i, 838, 98)).count();
      assertEquals(14, held, 1, "outlet " + outlet);
    }
    assertEquals(0, IntStream.range(0, 10).filter(i -> HeldOut.isHeldOut(i, 10, 0)).count(), "none held out by default");
    assertEquals(10, IntStream.range(0, 10).filter(i -> HeldOut.isHeldOut(i, 10, 10)).count());
  }
}
