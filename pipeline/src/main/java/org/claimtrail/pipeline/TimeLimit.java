package org.claimtrail.pipeline;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs work on the calling thread and interrupts that thread when the work overruns its time.
 * CoreNLP checks for interrupts between annotators and sentence by sentence in the tagger, the NER
 * and the parser, and then stops with a runtime exception: so one pathological document fails
 * with a reason instead of holding an ingest, an upload worker or a Spark task for hours. The work
 * stays on the caller's thread because CoreNLP's pipelines are per thread.
 */
final class TimeLimit {
  /**
   * One daemon thread for every alarm: it only calls {@link Thread#interrupt}. A cancelled alarm
   * leaves the queue at once; kept to its time, a busy run would hold minutes' worth of them.
   */
  private static final ScheduledThreadPoolExecutor ALARMS = alarms();

  private static ScheduledThreadPoolExecutor alarms() {
    ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "claimtrail-time-limit");
      t.setDaemon(true);
      return t;
    });
    e.setRemoveOnCancelPolicy(true);
    return e;
  }

  /** The work overran its limit and stopped. */
  static final class Exceeded extends RuntimeException {
    Exceeded(Duration limit, Throwable how) {
      super("took longer than " + seconds(limit), how);
    }
  }

  private TimeLimit() {}

  /** Alarms waiting to ring: none once every run is over. */
  static int pendingAlarms() {
    return ALARMS.getQueue().size();
  }

  /** The limit as people read it: "300 s", "0.5 s". */
  private static String seconds(Duration d) {
    return java.math.BigDecimal.valueOf(d.toNanos(), 9).stripTrailingZeros().toPlainString() + " s";
  }

  /**
   * The work's result; {@link Exceeded} when it was interrupted for overrunning {@code limit}.
   * The interrupt never outlives the call: the next document on this thread starts clean.
   */
  static <T> T run(Duration limit, Supplier<T> work) {
    Thread worker = Thread.currentThread();
    Alarm alarm = new Alarm(worker);
    ScheduledFuture<?> scheduled = ALARMS.schedule(alarm::ring, limit.toNanos(), TimeUnit.NANOSECONDS);
    try {
      return work.get();
    } catch (RuntimeException e) {
      if (alarm.rang()) {
        throw new Exceeded(limit, e);
      }
      throw e;
    } finally {
      scheduled.cancel(false);
      alarm.silence();
    }
  }

  /** Whether it rang, under one lock with the interrupt so that silencing it cannot race a late ring. */
  private static final class Alarm {
    private final Thread worker;
    private boolean rang;
    private boolean silenced;

    Alarm(Thread worker) {
      this.worker = worker;
    }

    synchronized void ring() {
      if (!silenced) {
        rang = true;
        worker.interrupt();
      }
    }

    synchronized boolean rang() {
      return rang;
    }

    /** Called by the worker when the work is over: no ring after this, and a ring before it is cleared. */
    synchronized void silence() {
      silenced = true;
      if (rang) {
        Thread.interrupted();
      }
    }
  }
}
