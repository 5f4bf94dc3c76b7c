package org.claimtrail.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The per-article time limit, on work that stops when interrupted as CoreNLP's does. */
class TimeLimitTest {
  /** Work that checks for an interrupt every millisecond, as CoreNLP checks sentence by sentence. */
  private static String busyFor(Duration d) {
    long end = System.nanoTime() + d.toNanos();
    while (System.nanoTime() < end) {
      if (Thread.interrupted()) {
        throw new IllegalStateException("interrupted");
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        throw new IllegalStateException("interrupted", e);
      }
    }
    return "done";
  }

  @Test
  void workThatOverrunsIsStoppedAndTheThreadIsLeftClean() {
    long start = System.nanoTime();
    TimeLimit.Exceeded e = assertThrows(TimeLimit.Exceeded.class, () -> TimeLimit.run(Duration.ofMillis(50), () -> busyFor(Duration.ofSeconds(30))));
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "stopped long before the work's own end");
    assertEquals("took longer than 0.05 s", e.getMessage());
    assertFalse(Thread.currentThread().isInterrupted(), "the alarm's interrupt does not reach the next article");
    assertEquals("done", TimeLimit.run(Duration.ofSeconds(30), () -> busyFor(Duration.ofMillis(20))), "the same thread works on");
  }

  @Test
  void workWithinItsTimeIsNotInterruptedLater() throws InterruptedException {
    assertEquals("done", TimeLimit.run(Duration.ofMillis(100), () -> busyFor(Duration.ofMillis(10))));
    Thread.sleep(300); // past the limit: the alarm must have been cancelled
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void aCancelledAlarmDoesNotWaitOutItsTime() {
    for (int i = 0; i < 100; i++) {
      TimeLimit.run(Duration.ofMinutes(5), () -> "quick");
    }
    assertEquals(0, TimeLimit.pendingAlarms(), "a run of articles leaves no five-minute alarms behind");
  }

  @Test
  void theWorksOwnFailureIsItsOwn() {
    IllegalArgumentException bad = new IllegalArgumentException("bad input");
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> TimeLimit.run(Duration.ofSeconds(30), () -> {
      throw bad;
    }));
    assertSame(bad, thrown, "not reported as a time limit");
  }
}
