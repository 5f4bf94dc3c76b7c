package org.claimtrail.eval.polnear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimtrail.eval.SpanScorer.Span;
import org.junit.jupiter.api.Test;

/** Our spans mapped to PolNeAR's conventions before scoring. */
class PolnearConventionsTest {
  @Test
  void aSourceWithAnAppositiveKeepsTheCommaThatClosesIt() {
    String text = "Jim Clyburn, a congressman, said talks failed.";
    int end = text.indexOf(", said");
    assertEquals(new Span(0, end + 1), PolnearConventions.source(text, 0, end));
  }

  @Test
  void aPlainSourceLeavesTheCommaAfterItOut() {
    String text = "Clyburn, said to be angry, left.";
    int end = "Clyburn".length();
    assertEquals(new Span(0, end), PolnearConventions.source(text, 0, end));
  }

  @Test
  void aContentTakesTheThatBeforeItAndTheMarksAroundIt() {
    String text = "Lee said “talks failed,” he added.";
    int begin = text.indexOf("talks");
    int end = text.indexOf(",”");
    assertEquals(new Span(text.indexOf("“"), text.indexOf("”") + 1), PolnearConventions.content(text, begin, end));
    String plain = "Lee said that talks failed.";
    assertEquals(new Span(plain.indexOf("that"), plain.indexOf(".")), PolnearConventions.content(plain, plain.indexOf("talks"), plain.indexOf(".")));
  }
}
