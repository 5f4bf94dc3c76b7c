package org.claimtrail.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of the whole JVM process (user + system, every thread: the collector's and the
 * compiler's too, as Node's {@code process.cpuUsage()} counts), the figure a busy shared machine
 * disturbs least: wall-clock time also counts the waits for a core. Read from
 * {@code /proc/self/stat} (in clock ticks of 10 ms: per page that is coarse, summed over hundreds
 * of pages the rounding evens out); elsewhere the Java threads' CPU time.
 */
final class ProcessCpu {
  private static final Path STAT = Path.of("/proc/self/stat");
  private static final long TICK_NANOS = 10_000_000L;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ProcessCpu() {}

  static long nanos() {
    try {
      String stat = Files.readString(STAT, StandardCharsets.US_ASCII);
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_NANOS; // utime, stime
    } catch (IOException | RuntimeException e) {
      long sum = 0;
      for (long id : THREADS.getAllThreadIds()) {
        sum += Math.max(0, THREADS.getThreadCpuTime(id));
      }
      return sum;
    }
  }
}
