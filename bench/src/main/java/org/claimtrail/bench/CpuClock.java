package org.claimtrail.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Wall time, this process's CPU time and the JVM's garbage-collection time over a span: how many
 * cores a run kept busy, and how much of that was the collector. On a 2-core machine a one-core
 * run that keeps 1.3 cores busy (collector, JIT, driver threads on the idle core) can gain at most
 * 2 / 1.3 from a second core.
 */
final class CpuClock {
  private final long wall = System.nanoTime();
  private final long cpu = cpuNanos();
  private final long gc = gcMillis();

  /** Seconds of wall time since this clock started. */
  double wall() {
    return (System.nanoTime() - wall) / 1e9;
  }

  /** "cpu 61.2 s = 1.12 cores, gc 4.1 s" since this clock started. */
  String usage() {
    double w = wall();
    double c = (cpuNanos() - cpu) / 1e9;
    return String.format(java.util.Locale.ROOT, "cpu %5.1f s = %4.2f cores, gc %4.1f s", c, c / w, (gcMillis() - gc) / 1e3);
  }

  private static long cpuNanos() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }
}
